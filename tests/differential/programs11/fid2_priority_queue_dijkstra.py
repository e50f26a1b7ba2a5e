import heapq
from collections import defaultdict, deque
from math import inf

ROADS = """
A B 7
A C 9
A F 14
B C 10
B D 15
C D 11
C F 2
D E 6
E F 9
G H 1
"""


def build(text):
    graph = defaultdict(dict)
    for line in text.strip().splitlines():
        a, b, w = line.split()
        graph[a][b] = graph[b][a] = int(w)
    return graph


def dijkstra(graph, src):
    dist = {n: inf for n in graph}
    prev = {}
    dist[src] = 0
    pq = [(0, src)]
    visited = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in visited:
            continue
        visited.add(u)
        for v, w in sorted(graph[u].items()):
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


def path(prev, src, dst):
    out = [dst]
    while out[-1] != src:
        if out[-1] not in prev:
            return None
        out.append(prev[out[-1]])
    return out[::-1]


def bfs_components(graph):
    seen, comps = set(), []
    for start in sorted(graph):
        if start in seen:
            continue
        comp, q = [], deque([start])
        seen.add(start)
        while q:
            u = q.popleft()
            comp.append(u)
            for v in sorted(graph[u]):
                if v not in seen:
                    seen.add(v)
                    q.append(v)
        comps.append(comp)
    return comps


def mst_prim(graph, start):
    seen = {start}
    edges = [(w, start, v) for v, w in graph[start].items()]
    heapq.heapify(edges)
    tree = []
    while edges:
        w, a, b = heapq.heappop(edges)
        if b in seen:
            continue
        seen.add(b)
        tree.append((a, b, w))
        for c, w2 in graph[b].items():
            if c not in seen:
                heapq.heappush(edges, (w2, b, c))
    return tree


g = build(ROADS)
dist, prev = dijkstra(g, "A")
for node in sorted(dist):
    p = path(prev, "A", node)
    print(f"{node}: {dist[node]!s:>4} via {' -> '.join(p) if p else 'unreachable'}")
print(bfs_components(g))
tree = mst_prim(g, "A")
print(tree, sum(w for *_, w in tree))
print(inf > 10 ** 100, -inf < -1e308, inf == float("inf"), inf - inf != inf - inf, f"{inf:>6}|{-inf:<6}|")
degree = sorted(((len(v), k) for k, v in g.items()), reverse=True)
print(degree[:3], min(g, key=lambda n: (len(g[n]), n)))
