# collections: deque as a BFS queue over a grid maze, Counter over generated tokens with
# most_common, defaultdict(list)/defaultdict(int) grouping, deque rotation as a ring.
from collections import deque, Counter, defaultdict


def maze(w, h):
    grid = []
    state = 99
    for y in range(h):
        row = []
        for x in range(w):
            state = (state * 1664525 + 1013904223) % 4294967296
            row.append(1 if (state >> 24) % 4 == 0 else 0)
        grid.append(row)
    grid[0][0] = 0
    return grid


def bfs(grid):
    h, w = len(grid), len(grid[0])
    dist = {(0, 0): 0}
    q = deque([(0, 0)])
    while q:
        x, y = q.popleft()
        d = dist[(x, y)]
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < w and 0 <= ny < h and grid[ny][nx] == 0 and (nx, ny) not in dist:
                dist[(nx, ny)] = d + 1
                q.append((nx, ny))
    return dist


def main():
    dist = bfs(maze(400, 400))
    far = max(dist.values())
    syll = ["ka", "to", "ri", "ne", "mu", "sa", "po"]
    toks = [syll[i % 7] + syll[(i * i) % 7] for i in range(250000)]
    c = Counter(toks)
    c.update(t[::-1] for t in toks[:30000])
    groups = defaultdict(list)
    lens = defaultdict(int)
    for i, t in enumerate(toks):
        groups[t[0]].append(i)
        lens[len(t)] += 1
    ring = deque(range(1000))
    s = 0
    for i in range(50000):
        ring.rotate(7 if i % 2 else -3)
        s += ring[0]
        ring.appendleft(ring.pop())
    print(len(dist), far, c.most_common(3), sorted((k, len(v)) for k, v in groups.items()), dict(lens), s)


main()
