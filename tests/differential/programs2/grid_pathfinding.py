from collections import deque
import heapq

MAZE = """\
S..#......
.#.#.####.
.#...#....
.####.#.#.
......#.#E
"""

grid = [list(row) for row in MAZE.splitlines()]
H, W = len(grid), len(grid[0])
start = next((r, c) for r in range(H) for c in range(W) if grid[r][c] == "S")
end = next((r, c) for r in range(H) for c in range(W) if grid[r][c] == "E")


def neighbors(p):
    r, c = p
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] != "#":
            yield nr, nc


def bfs(s, e):
    prev = {s: None}
    q = deque([s])
    while q:
        cur = q.popleft()
        if cur == e:
            break
        for n in neighbors(cur):
            if n not in prev:
                prev[n] = cur
                q.append(n)
    path = []
    node = e
    while node is not None:
        path.append(node)
        node = prev.get(node)
    return path[::-1], len(prev)


def astar(s, e):
    h = lambda p: abs(p[0] - e[0]) + abs(p[1] - e[1])
    openq = [(h(s), 0, s)]
    best = {s: 0}
    expanded = 0
    while openq:
        f, g, cur = heapq.heappop(openq)
        expanded += 1
        if cur == e:
            return g, expanded
        for n in neighbors(cur):
            ng = g + 1
            if ng < best.get(n, float("inf")):
                best[n] = ng
                heapq.heappush(openq, (ng + h(n), ng, n))
    return None, expanded


path, seen = bfs(start, end)
print("start", start, "end", end, "steps", len(path) - 1, "visited", seen)
g, expanded = astar(start, end)
print("astar", g, expanded)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
grid[0][1] = "#"
grid[1][0] = "#"
print(astar(start, end), bfs(start, end)[0][:2])
