"""Generate a maze with a seeded random DFS, solve it with BFS and A*, print it in ASCII."""
import random
import heapq
from collections import deque

W, H = 12, 8
random.seed(31337)


def generate(w, h):
    walls = {(x, y): {"N", "S", "E", "W"} for x in range(w) for y in range(h)}
    dirs = {"N": (0, -1, "S"), "S": (0, 1, "N"), "E": (1, 0, "W"), "W": (-1, 0, "E")}
    stack = [(0, 0)]
    seen = {(0, 0)}
    while stack:
        x, y = stack[-1]
        options = [(d, (x + dx, y + dy), back) for d, (dx, dy, back) in dirs.items()
                   if (x + dx, y + dy) in walls and (x + dx, y + dy) not in seen]
        if not options:
            stack.pop()
            continue
        d, nxt, back = random.choice(sorted(options))
        walls[(x, y)].discard(d)
        walls[nxt].discard(back)
        seen.add(nxt)
        stack.append(nxt)
    return walls


def neighbors(walls, cell):
    x, y = cell
    for d, (dx, dy) in (("N", (0, -1)), ("S", (0, 1)), ("E", (1, 0)), ("W", (-1, 0))):
        if d not in walls[cell]:
            yield (x + dx, y + dy)


def bfs(walls, start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        c = q.popleft()
        if c == goal:
            break
        for n in neighbors(walls, c):
            if n not in prev:
                prev[n] = c
                q.append(n)
    path = []
    c = goal
    while c is not None:
        path.append(c)
        c = prev[c]
    return path[::-1], len(prev)


def astar(walls, start, goal):
    h = lambda c: abs(c[0] - goal[0]) + abs(c[1] - goal[1])
    open_ = [(h(start), 0, start)]
    g = {start: 0}
    expanded = 0
    while open_:
        f, cost, c = heapq.heappop(open_)
        if c == goal:
            return cost, expanded
        expanded += 1
        for n in neighbors(walls, c):
            if cost + 1 < g.get(n, 1 << 30):
                g[n] = cost + 1
                heapq.heappush(open_, (cost + 1 + h(n), cost + 1, n))
    return None, expanded


def render(walls, path=()):
    on_path = set(path)
    lines = ["+" + "---+" * W]
    for y in range(H):
        row, below = "|", "+"
        for x in range(W):
            mark = " * " if (x, y) in on_path else "   "
            row += mark + ("|" if "E" in walls[(x, y)] else " ")
            below += ("---" if "S" in walls[(x, y)] else "   ") + "+"
        lines += [row, below]
    return "\n".join(lines)


walls = generate(W, H)
path, visited = bfs(walls, (0, 0), (W - 1, H - 1))
print(render(walls, path))
print(f"path length {len(path)}, BFS visited {visited} cells")
cost, expanded = astar(walls, (0, 0), (W - 1, H - 1))
print(f"A* cost {cost}, expanded {expanded}", cost == len(path) - 1)
dead_ends = sorted(c for c, ws in walls.items() if len(ws) == 3)
print(len(dead_ends), dead_ends[:6])
openness = {n: sum(1 for ws in walls.values() if 4 - len(ws) == n) for n in range(1, 5)}
print(openness, sum(openness.values()) == W * H)
