from collections import deque
import heapq

MAP = """\
S....#........
.##..#..####..
..#.....#.....
..#.###.#.##..
....#...#..#..
.####.###..#..
......#...##.E
"""

grid = [list(row) for row in MAP.splitlines()]
H, W = len(grid), len(grid[0])
find = lambda ch: next((r, c) for r in range(H) for c in range(W) if grid[r][c] == ch)
start, goal = find("S"), find("E")
DIRS = {(0, 1): ">", (1, 0): "v", (0, -1): "<", (-1, 0): "^"}


def neighbors(p):
    r, c = p
    for dr, dc in DIRS:
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] != "#":
            yield (nr, nc), (dr, dc)


def bfs():
    prev = {start: None}
    q = deque([start])
    while q:
        p = q.popleft()
        if p == goal:
            break
        for n, _ in neighbors(p):
            if n not in prev:
                prev[n] = p
                q.append(n)
    path = []
    p = goal
    while p is not None:
        path.append(p)
        p = prev[p]
    return path[::-1], len(prev)


def astar(turn_cost=0):
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    pq = [(h(start), 0, start, None)]
    best = {(start, None): 0}
    came = {}
    expanded = 0
    while pq:
        f, g, p, d = heapq.heappop(pq)
        if g > best.get((p, d), float("inf")):
            continue
        expanded += 1
        if p == goal:
            path = [p]
            key = (p, d)
            while key in came:
                key = came[key]
                path.append(key[0])
            return g, path[::-1], expanded
        for n, nd in neighbors(p):
            ng = g + 1 + (turn_cost if d is not None and nd != d else 0)
            if ng < best.get((n, nd), float("inf")):
                best[(n, nd)] = ng
                came[(n, nd)] = (p, d)
                heapq.heappush(pq, (ng + h(n), ng, n, nd))
    return None


path, seen = bfs()
print("bfs length", len(path) - 1, "visited", seen)
g0, p0, e0 = astar()
g1, p1, e1 = astar(turn_cost=3)
print("astar", g0, len(p0) - 1, e0, "| with turns", g1, len(p1) - 1, e1)


def render(path):
    canvas = [row[:] for row in grid]
    for a, b in zip(path, path[1:]):
        if canvas[a[0]][a[1]] not in "SE":
            canvas[a[0]][a[1]] = DIRS[(b[0] - a[0], b[1] - a[1])]
    return "\n".join("".join(r) for r in canvas)


print(render(path))
print(render(p1))
turns = sum(1 for a, b, c in zip(p1, p1[1:], p1[2:]) if (b[0] - a[0], b[1] - a[1]) != (c[0] - b[0], c[1] - b[1]))
print("turns", turns, "cells", len(set(p1)), start, goal)


def flood(p, mark):
    stack = [p]
    count = 0
    while stack:
        r, c = stack.pop()
        if grid[r][c] != ".":
            continue
        grid[r][c] = mark
        count += 1
        stack.extend(n for n, _ in neighbors((r, c)))
    return count


regions = []
for r in range(H):
    for c in range(W):
        if grid[r][c] == ".":
            regions.append(flood((r, c), "abcdefghij"[len(regions)]))
print(regions)
print("\n".join("".join(row) for row in grid))
