"""Graph search: BFS, DFS, Dijkstra, topological sort, connected components."""
import heapq
from collections import deque, defaultdict

ROADS = [
    ("Amsterdam", "Berlin", 655), ("Amsterdam", "Brussels", 210), ("Brussels", "Paris", 312),
    ("Berlin", "Prague", 350), ("Prague", "Vienna", 333), ("Vienna", "Budapest", 243),
    ("Paris", "Lyon", 465), ("Lyon", "Milan", 440), ("Milan", "Vienna", 870),
    ("Berlin", "Vienna", 680), ("Zurich", "Milan", 280), ("Paris", "Zurich", 610),
    ("Oslo", "Stockholm", 530),
]

graph = defaultdict(dict)
for a, b, d in ROADS:
    graph[a][b] = d
    graph[b][a] = d


def bfs(start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        node = q.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nb in sorted(graph[node]):
            if nb not in prev:
                prev[nb] = node
                q.append(nb)
    return None


def dijkstra(start):
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nb, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nb, float("inf")):
                dist[nb] = nd
                prev[nb] = node
                heapq.heappush(heap, (nd, nb))
    return dist, prev


def dfs_order(start):
    seen, order = set(), []

    def visit(n):
        seen.add(n)
        order.append(n)
        for nb in sorted(graph[n]):
            if nb not in seen:
                visit(nb)
    visit(start)
    return order


def components():
    seen, comps = set(), []
    for n in sorted(graph):
        if n in seen:
            continue
        comp, stack = [], [n]
        while stack:
            x = stack.pop()
            if x in seen:
                continue
            seen.add(x)
            comp.append(x)
            stack.extend(graph[x])
        comps.append(sorted(comp))
    return comps


print("BFS Amsterdam->Budapest:", " -> ".join(bfs("Amsterdam", "Budapest")))
print("BFS Amsterdam->Oslo:", bfs("Amsterdam", "Oslo"))
dist, prev = dijkstra("Amsterdam")
for city in sorted(dist, key=lambda c: (dist[c], c)):
    path, n = [city], city
    while n in prev:
        n = prev[n]
        path.append(n)
    print(f"{city:>10} {dist[city]:5d} km  via {'/'.join(reversed(path[1:-1])) or '-'}")
print("DFS:", dfs_order("Zurich"))
print("components:", components())
print("unreachable:", sorted(set(graph) - set(dist)))

deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": [], "tests": ["app"]}


def toposort(deps):
    indeg = {k: 0 for k in deps}
    users = defaultdict(list)
    for k, vs in deps.items():
        for v in vs:
            indeg[k] += 1
            users[v].append(k)
    ready = sorted(k for k, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
        ready.sort()
    if len(out) != len(deps):
        raise ValueError("cycle detected")
    return out


print("build order:", toposort(deps))
deps["core"] = ["tests"]
try:
    toposort(deps)
except ValueError as e:
    print("error:", e)
print(heapq.nsmallest(3, ROADS, key=lambda r: r[2]))
print(heapq.nlargest(2, [d for _, _, d in ROADS]))
