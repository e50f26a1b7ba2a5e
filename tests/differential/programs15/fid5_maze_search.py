"""Maze solving on a text grid: BFS shortest path, DFS reachability, A* with a heap, path drawing."""

import heapq
from collections import deque

MAZE = """\
S.#.......#...
.##.#####.#.#.
....#...#...#.
.####.#.#####.
......#.....#E
##.####.###.#.
...#......#...
"""

GRID = [list(row) for row in MAZE.splitlines()]
R, C = len(GRID), len(GRID[0])
find = lambda ch: next((r, c) for r in range(R) for c in range(C) if GRID[r][c] == ch)
START, END = find("S"), find("E")
DIRS = {(0, 1): "E", (1, 0): "S", (0, -1): "W", (-1, 0): "N"}


def neighbours(pos):
    r, c = pos
    for (dr, dc), name in DIRS.items():
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and GRID[nr][nc] != "#":
            yield (nr, nc), name


def bfs(start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        for nxt, _ in neighbours(cur):
            if nxt not in prev:
                prev[nxt] = cur
                q.append(nxt)
    if goal not in prev:
        return None, len(prev)
    path = [goal]
    while prev[path[-1]] is not None:
        path.append(prev[path[-1]])
    return path[::-1], len(prev)


def astar(start, goal):
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    open_ = [(h(start), 0, start)]
    best = {start: 0}
    expanded = 0
    while open_:
        f, g, cur = heapq.heappop(open_)
        if g > best.get(cur, float("inf")):
            continue
        expanded += 1
        if cur == goal:
            return g, expanded
        for nxt, _ in neighbours(cur):
            ng = g + 1
            if ng < best.get(nxt, float("inf")):
                best[nxt] = ng
                heapq.heappush(open_, (ng + h(nxt), ng, nxt))
    return None, expanded


def reachable(start):
    seen, stack = set(), [start]
    while stack:
        p = stack.pop()
        if p in seen:
            continue
        seen.add(p)
        stack.extend(n for n, _ in neighbours(p))
    return seen


def directions(path):
    out = []
    for a, b in zip(path, path[1:]):
        out.append(DIRS[(b[0] - a[0], b[1] - a[1])])
    runs = []
    for d in out:
        if runs and runs[-1][0] == d:
            runs[-1][1] += 1
        else:
            runs.append([d, 1])
    return " ".join(f"{d}{n}" for d, n in runs)


path, visited = bfs(START, END)
print(START, END, R, C, len(path) - 1, visited)
print(directions(path))
drawn = [row[:] for row in GRID]
for r, c in path[1:-1]:
    drawn[r][c] = "*"
print("\n".join("".join(row) for row in drawn))
print(astar(START, END), len(reachable(START)), sum(row.count(".") for row in GRID) + 2)
GRID[4][12] = "#"
GRID[3][13] = "#"
print(bfs(START, END)[0], astar(START, END)[0] is None, END in reachable(START))
walls = {(r, c) for r in range(R) for c in range(C) if GRID[r][c] == "#"}
print(len(walls), min(walls), max(walls), sorted(walls)[:5])
