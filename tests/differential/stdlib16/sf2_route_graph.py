"""Shortest paths and memoized planning: heapq Dijkstra, functools.lru_cache, graphlib ordering, itertools."""
import heapq
import itertools
from functools import lru_cache, reduce, partial
from graphlib import TopologicalSorter
from collections import defaultdict, deque
import math

EDGES = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11),
         ("E", "F", 9.5), ("F", "G", 1), ("C", "G", 30), ("H", "G", 2)]
graph = defaultdict(dict)
for a, b, w in EDGES:
    graph[a][b] = w
    graph[b][a] = w

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    counter = itertools.count()
    seen = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in seen:
            continue
        seen.add(u)
        for v, w in sorted(graph[u].items()):
            nd = d + w
            if nd < dist.get(v, math.inf):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev

def path(prev, dst):
    out = [dst]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

dist, prev = dijkstra("A")
print(sorted(dist.items()))
for t in "DFGH":
    print(t, dist[t], "->".join(path(prev, t)))
print(heapq.nsmallest(3, dist.items(), key=lambda kv: (-kv[1], kv[0])))

def bfs_levels(start):
    levels = {start: 0}
    q = deque([start])
    while q:
        u = q.popleft()
        for v in sorted(graph[u]):
            if v not in levels:
                levels[v] = levels[u] + 1
                q.append(v)
    return levels
print(bfs_levels("A"))

@lru_cache(maxsize=None)
def count_paths(u, v, visited=frozenset()):
    if u == v:
        return 1
    return sum(count_paths(w, v, visited | {u}) for w in graph[u] if w not in visited and w != u)
print(count_paths("A", "G"), count_paths.cache_info().hits > 0)

@lru_cache(maxsize=128)
def knap(i, cap):
    items = ((12, 4), (2, 2), (1, 1), (4, 10), (1, 2))
    if i == len(items) or cap == 0:
        return 0
    w, v = items[i]
    best = knap(i + 1, cap)
    if w <= cap:
        best = max(best, v + knap(i + 1, cap - w))
    return best
print(knap(0, 15), knap.cache_info())

deps = {"app": {"lib", "config"}, "lib": {"core"}, "config": {"core"}, "tests": {"app", "fixtures"}, "fixtures": set(), "core": set()}
ts = TopologicalSorter(deps)
print(list(ts.static_order()))
ts = TopologicalSorter(deps)
ts.prepare()
stage = 0
while ts.is_active():
    ready = sorted(ts.get_ready())
    print("stage", stage, ready)
    ts.done(*ready)
    stage += 1

pairs = list(itertools.combinations(sorted(graph), 2))
far = max(pairs, key=lambda p: (dijkstra(p[0])[0].get(p[1], -1), p))
print(len(pairs), far)
tours = [(sum(graph[a].get(b, math.inf) for a, b in itertools.pairwise(("A",) + perm + ("A",))), perm) for perm in itertools.permutations("BCE")]
print(min(tours), sorted(t for t in tours if t[0] < math.inf)[:2])
total_weight = reduce(lambda acc, e: acc + e[2], EDGES, 0)
print(total_weight, sum(w for *_, w in EDGES), list(itertools.accumulate(sorted(w for *_, w in EDGES), max)))
weights = partial(sorted, key=lambda e: (-e[2], e[0]))
print(weights(EDGES)[:3])
parent = {n: n for n in graph}
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
mst = []
for a, b, w in sorted(EDGES, key=lambda e: e[2]):
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[ra] = rb
        mst.append((a, b, w))
print(mst, sum(w for *_, w in mst))
