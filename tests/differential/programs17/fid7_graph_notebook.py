# A graph algorithms "notebook": Dijkstra with path recovery, Kahn topological sort with heap ties,
# Tarjan's strongly connected components, Bellman-Ford with a negative cycle, BFS levels, MST (Prim).
import heapq
from collections import defaultdict, deque

edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("G", "F", 1)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w))
    graph.setdefault(v, [])


def dijkstra(g, src):
    dist, prev = {src: 0}, {}
    pq = [(0, src)]
    seen = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in seen:
            continue
        seen.add(u)
        for v, w in sorted(g[u]):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v], prev[v] = nd, u
                heapq.heappush(pq, (nd, v))
    return dist, prev


def path_to(prev, src, dst):
    out = [dst]
    while out[-1] != src:
        if out[-1] not in prev:
            return None
        out.append(prev[out[-1]])
    return out[::-1]


dist, prev = dijkstra(graph, "A")
print(dict(sorted(dist.items())))
for t in "DFG":
    p = path_to(prev, "A", t)
    print(t, "->".join(p) if p else "unreachable", dist.get(t, float("inf")))


def topo(g):
    indeg = {u: 0 for u in g}
    for u in g:
        for v, _ in g[u]:
            indeg[v] += 1
    ready = [u for u, k in indeg.items() if k == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        u = heapq.heappop(ready)
        order.append(u)
        for v, _ in g[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                heapq.heappush(ready, v)
    if len(order) != len(g):
        raise ValueError(f"cycle among {sorted(u for u, k in indeg.items() if k)}")
    return order


print(topo(graph))
cyc = {"a": [("b", 1)], "b": [("c", 1)], "c": [("a", 1), ("d", 1)], "d": [], "e": [("d", 1)]}
try:
    topo(cyc)
except ValueError as e:
    print("ValueError:", e)


def tarjan(g):
    index, low, on, stack, out = {}, {}, set(), [], []
    counter = [0]

    def visit(u):
        index[u] = low[u] = counter[0]
        counter[0] += 1
        stack.append(u)
        on.add(u)
        for v, _ in g[u]:
            if v not in index:
                visit(v)
                low[u] = min(low[u], low[v])
            elif v in on:
                low[u] = min(low[u], index[v])
        if low[u] == index[u]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == u:
                    break
            out.append(sorted(comp))

    for u in sorted(g):
        if u not in index:
            visit(u)
    return out


g2 = {1: [(2, 0)], 2: [(3, 0)], 3: [(1, 0), (4, 0)], 4: [(5, 0)], 5: [(6, 0)], 6: [(4, 0)], 7: [(6, 0), (8, 0)], 8: [(7, 0)], 9: []}
print(tarjan(g2), tarjan(cyc), len(tarjan(graph)))


def bellman_ford(nodes, es, src):
    dist = {n: float("inf") for n in nodes}
    dist[src] = 0
    for _ in range(len(nodes) - 1):
        for u, v, w in es:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
    bad = sorted({v for u, v, w in es if dist[u] + w < dist[v]})
    return dist, bad


nodes = "STUVW"
es = [("S", "T", 6), ("S", "U", 7), ("T", "V", 5), ("U", "V", -3), ("V", "T", -2), ("T", "W", -4), ("W", "S", 2)]
print(bellman_ford(nodes, es, "S"))
print(bellman_ford(nodes, es + [("V", "U", 1)], "S"))
print(bellman_ford("XYZ", [("X", "Y", 1)], "X"))


def bfs_levels(g, src):
    level = {src: 0}
    q = deque([src])
    while q:
        u = q.popleft()
        for v, _ in g[u]:
            if v not in level:
                level[v] = level[u] + 1
                q.append(v)
    groups = defaultdict(list)
    for n, l in level.items():
        groups[l].append(n)
    return {l: sorted(ns) for l, ns in sorted(groups.items())}


print(bfs_levels(graph, "A"), bfs_levels(g2, 7))


def prim(es):
    adj = defaultdict(list)
    for u, v, w in es:
        adj[u].append((w, u, v))
        adj[v].append((w, v, u))
    start = min(adj)
    seen, tree, pq = {start}, [], list(adj[start])
    heapq.heapify(pq)
    while pq:
        w, u, v = heapq.heappop(pq)
        if v in seen:
            continue
        seen.add(v)
        tree.append((u, v, w))
        for e in adj[v]:
            if e[2] not in seen:
                heapq.heappush(pq, e)
    return tree, sum(w for *_, w in tree)


print(prim(edges))
print(sorted(graph.items())[:3], {k: len(v) for k, v in graph.items()})
