# Route planning on a weighted graph: Dijkstra with heapq, BFS, path reconstruction.
import heapq
from collections import deque, defaultdict

EDGES = """
A B 4
A C 2
B C 5
B D 10
C E 3
E D 4
D F 11
E F 20
G H 1
"""


def load(text):
    graph = defaultdict(dict)
    for line in text.strip().splitlines():
        u, v, w = line.split()
        graph[u][v] = int(w)
        graph[v][u] = int(w)
    return graph


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    visited = set()
    while heap:
        d, u = heapq.heappop(heap)
        if u in visited:
            continue
        visited.add(u)
        for v, w in sorted(graph[u].items()):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


def bfs_hops(graph, start):
    seen = {start: 0}
    q = deque([start])
    order = []
    while q:
        u = q.popleft()
        order.append(u)
        for v in sorted(graph[u]):
            if v not in seen:
                seen[v] = seen[u] + 1
                q.append(v)
    return order, seen


def components(graph):
    seen, comps = set(), []
    for node in sorted(graph):
        if node in seen:
            continue
        stack, comp = [node], []
        while stack:
            n = stack.pop()
            if n in seen:
                continue
            seen.add(n)
            comp.append(n)
            stack.extend(graph[n])
        comps.append(sorted(comp))
    return comps


g = load(EDGES)
dist, prev = dijkstra(g, "A")
for node in sorted(g):
    if node in dist:
        print(f"A -> {node}: {dist[node]:>3}  via {' -> '.join(path_to(prev, node))}")
    else:
        print(f"A -> {node}: unreachable")
order, hops = bfs_hops(g, "A")
print("BFS order:", order)
print("hops:", hops)
print("components:", components(g))
total = sum(w for u in g for v, w in g[u].items() if u < v)
print("total edge weight:", total)
heavy = heapq.nlargest(3, ((w, u, v) for u in g for v, w in g[u].items() if u < v))
print("heaviest:", heavy)
light = heapq.nsmallest(2, [(w, f"{u}{v}") for u in g for v, w in g[u].items() if u < v])
print("lightest:", light)
h = []
for item in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, -item)
print([-heapq.heappop(h) for _ in range(3)])
merged = list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11]))
print(merged)
print(heapq.heappushpop([3, 5, 7], 4), heapq.heapreplace([3, 5, 7], 4))
inf = float("inf")
print(dist.get("G", inf), inf > 10**9, -inf < 0)
