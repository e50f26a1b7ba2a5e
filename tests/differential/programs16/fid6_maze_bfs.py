# Maze generator (seeded random, iterative backtracker) and BFS solver with rendering.
import random
from collections import deque


def generate(w, h, seed):
    rng = random.Random(seed)
    walls = {(x, y): {"N", "S", "E", "W"} for x in range(w) for y in range(h)}
    moves = {"N": (0, -1, "S"), "S": (0, 1, "N"), "E": (1, 0, "W"), "W": (-1, 0, "E")}
    stack = [(0, 0)]
    seen = {(0, 0)}
    while stack:
        x, y = stack[-1]
        opts = []
        for d, (dx, dy, back) in moves.items():
            n = (x + dx, y + dy)
            if n in walls and n not in seen:
                opts.append((d, n, back))
        if not opts:
            stack.pop()
            continue
        d, n, back = rng.choice(opts)
        walls[(x, y)].discard(d)
        walls[n].discard(back)
        seen.add(n)
        stack.append(n)
    return walls


def solve(walls, start, goal):
    moves = {"N": (0, -1), "S": (0, 1), "E": (1, 0), "W": (-1, 0)}
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        for d, (dx, dy) in moves.items():
            if d in walls[cur]:
                continue
            n = (cur[0] + dx, cur[1] + dy)
            if n not in prev:
                prev[n] = cur
                q.append(n)
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1], len(prev)


def render(walls, w, h, path=()):
    on = set(path)
    lines = ["+" + "---+" * w]
    for y in range(h):
        row = "|"
        bottom = "+"
        for x in range(w):
            cell = " * " if (x, y) in on else "   "
            row += cell + ("|" if "E" in walls[(x, y)] else " ")
            bottom += ("---" if "S" in walls[(x, y)] else "   ") + "+"
        lines.append(row)
        lines.append(bottom)
    return "\n".join(lines)


for seed, (w, h) in [(1, (6, 4)), (42, (8, 5)), ("maze", (5, 5))]:
    walls = generate(w, h, seed)
    path, explored = solve(walls, (0, 0), (w - 1, h - 1))
    print(f"seed={seed!r} size={w}x{h} path={len(path)} explored={explored}")
    print(render(walls, w, h, path))
    dead_ends = sorted(c for c, ws in walls.items() if len(ws) == 3)
    print("dead ends:", dead_ends[:6], "...", len(dead_ends))
    print("turns:", sum(1 for a, b, c in zip(path, path[1:], path[2:])
                        if (b[0] - a[0], b[1] - a[1]) != (c[0] - b[0], c[1] - b[1])))
rng = random.Random(7)
print(rng.random(), rng.randint(1, 6), rng.sample(range(20), 5), rng.uniform(1, 2))
lst = list(range(10))
rng.shuffle(lst)
print(lst, rng.choices("abc", k=6), rng.randrange(0, 100, 7), rng.getrandbits(40))
