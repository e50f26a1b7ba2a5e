# Graph algorithms on adjacency dicts: BFS, DFS, Dijkstra, topological sort, components.
graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": [], "G": ["H"], "H": []}
def bfs(g, start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in g[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order
def dfs(g, start, seen=None):
    seen = [] if seen is None else seen
    seen.append(start)
    for nxt in g[start]:
        if nxt not in seen:
            dfs(g, nxt, seen)
    return seen
def shortest_path(g, a, b):
    prev, queue = {a: None}, [a]
    while queue:
        node = queue.pop(0)
        if node == b:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nxt in g[node]:
            if nxt not in prev:
                prev[nxt] = node
                queue.append(nxt)
    return None
def topo_sort(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    if len(out) != len(g):
        raise ValueError("graph has a cycle")
    return out
def dijkstra(wg, src):
    dist = {n: float("inf") for n in wg}
    dist[src] = 0
    done = set()
    while len(done) < len(wg):
        node = min((n for n in wg if n not in done), key=lambda n: (dist[n], n))
        if dist[node] == float("inf"):
            break
        done.add(node)
        for nxt, w in wg[node].items():
            if dist[node] + w < dist[nxt]:
                dist[nxt] = dist[node] + w
    return dist
def components(g):
    undirected = {n: set() for n in g}
    for n in g:
        for m in g[n]:
            undirected[n].add(m)
            undirected[m].add(n)
    seen, comps = set(), []
    for n in sorted(g):
        if n not in seen:
            comp, stack = [], [n]
            while stack:
                x = stack.pop()
                if x not in seen:
                    seen.add(x)
                    comp.append(x)
                    stack.extend(sorted(undirected[x] - seen))
            comps.append(sorted(comp))
    return comps
print(bfs(graph, "A"), dfs(graph, "A"))
print(shortest_path(graph, "A", "F"), shortest_path(graph, "A", "G"), shortest_path(graph, "G", "H"))
print(topo_sort(graph))
print(components(graph))
try:
    topo_sort({"x": ["y"], "y": ["x"]})
except ValueError as e:
    print("ValueError", e)
weighted = {"s": {"a": 7, "b": 2}, "a": {"c": 1}, "b": {"a": 3, "c": 8}, "c": {"t": 2}, "t": {}, "z": {}}
print(dijkstra(weighted, "s"))
