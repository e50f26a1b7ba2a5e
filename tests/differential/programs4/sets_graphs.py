from collections import deque, defaultdict
import heapq

EDGES = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("G", "H", 1)]
graph = defaultdict(dict)
for a, b, w in EDGES:
    graph[a][b] = w
    graph[b][a] = w


def bfs(start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nb in sorted(graph[node]):
            if nb not in seen:
                seen.add(nb)
                q.append(nb)
    return order


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


def components():
    seen = set()
    comps = []
    for node in sorted(graph):
        if node in seen:
            continue
        comp = set(bfs(node))
        seen |= comp
        comps.append(sorted(comp))
    return comps


print(bfs("A"))
dist, prev = dijkstra("A")
print(sorted(dist.items()))
print(" -> ".join(path(prev, "F")), dist["F"])
print(components())
print(dist.get("G", float("inf")), float("inf") > 10 ** 100)

a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= {1, 2, 3, 4, 5}, a.isdisjoint({9}), {1, 2} < a)
c = a.copy()
c.update([10, 11], (12,))
c.discard(99)
c.difference_update({1})
c.intersection_update(range(3, 12))
print(sorted(c), c.pop() in {3, 4, 10, 11}, len(c))
fs = frozenset("hello")
print(sorted(fs), frozenset([1, 2]) == {1, 2}, {frozenset([1]): "x"}, hash(frozenset()) == hash(frozenset()))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError:", e)
print({x % 3 for x in range(10)}, set("aab") == {"a", "b"}, sorted({"b", "a"} | set("c")))
print(set(), {()}, {None, 1}, set([1, 1.0, True]), {0, False}, len({0.0, -0.0, 0}))


def topo_sort(deps):
    indeg = {k: 0 for k in deps}
    for k, vs in deps.items():
        for v in vs:
            indeg.setdefault(v, 0)
    for k, vs in deps.items():
        for v in vs:
            indeg[v] += 1
    ready = sorted(k for k, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for v in sorted(deps.get(n, ())):
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
                ready.sort()
    if len(out) != len(indeg):
        raise ValueError("cycle detected among " + ", ".join(sorted(set(indeg) - set(out))))
    return out


print(topo_sort({"shop": ["cook"], "cook": ["eat"], "wake": ["shop", "shower"], "shower": ["dress"], "dress": ["eat"]}))
try:
    topo_sort({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
except ValueError as e:
    print(e)
