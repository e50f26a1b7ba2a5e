from collections import defaultdict, deque
import heapq
import itertools


class Graph:
    def __init__(self, directed=False):
        self.adj = defaultdict(dict)
        self.directed = directed

    def add_edge(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]
        return self

    @property
    def nodes(self):
        return sorted(self.adj)

    def bfs(self, start):
        seen, order, q = {start}, [], deque([start])
        while q:
            u = q.popleft()
            order.append(u)
            for v in sorted(self.adj[u]):
                if v not in seen:
                    seen.add(v)
                    q.append(v)
        return order

    def dfs(self, start, seen=None):
        seen = set() if seen is None else seen
        seen.add(start)
        yield start
        for v in sorted(self.adj[start]):
            if v not in seen:
                yield from self.dfs(v, seen)

    def dijkstra(self, src):
        dist, prev = {src: 0}, {}
        pq = [(0, src)]
        while pq:
            d, u = heapq.heappop(pq)
            if d > dist.get(u, float("inf")):
                continue
            for v, w in self.adj[u].items():
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v], prev[v] = nd, u
                    heapq.heappush(pq, (nd, v))
        return dist, prev

    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist:
            return None, float("inf")
        p = [dst]
        while p[-1] != src:
            p.append(prev[p[-1]])
        return p[::-1], dist[dst]

    def topo(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v in self.adj[u]:
                indeg[v] += 1
        ready = sorted(u for u, d in indeg.items() if d == 0)
        out = []
        while ready:
            u = ready.pop(0)
            out.append(u)
            for v in sorted(self.adj[u]):
                indeg[v] -= 1
                if indeg[v] == 0:
                    ready.append(v)
                    ready.sort()
        if len(out) != len(indeg):
            raise ValueError(f"cycle among {sorted(set(indeg) - set(out))}")
        return out

    def components(self):
        seen, comps = set(), []
        for u in self.nodes:
            if u not in seen:
                comp = sorted(self.dfs(u, seen))
                comps.append(comp)
        return comps

    def mst(self):
        edges = sorted((w, u, v) for u in self.adj for v, w in self.adj[u].items() if u < v)
        parent = {u: u for u in self.adj}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x
        total, used = 0, []
        for w, u, v in edges:
            ru, rv = find(u), find(v)
            if ru != rv:
                parent[ru] = rv
                total += w
                used.append((u, v, w))
        return total, used


g = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("X", "Y", 1)]:
    g.add_edge(u, v, w)
print(g.nodes, g.bfs("A"), list(g.dfs("A")))
print(g.path("A", "F"), g.path("A", "Y"), g.components())
dist, _ = g.dijkstra("A")
print(" ".join(f"{k}={v}" for k, v in sorted(dist.items())))
print(g.mst())
dag = Graph(directed=True)
for u, v in [("shop", "cook"), ("cook", "eat"), ("wake", "shop"), ("wake", "shower"), ("shower", "eat"), ("eat", "nap")]:
    dag.add_edge(u, v)
print(dag.topo())
dag.add_edge("nap", "wake")
try:
    dag.topo()
except ValueError as e:
    print("ValueError:", e)
grid = ["S.#.....", ".##.###.", "....#...", ".##...#E"]
G = Graph()
cells = {(r, c): ch for r, row in enumerate(grid) for c, ch in enumerate(row) if ch != "#"}
for (r, c) in cells:
    for dr, dc in ((0, 1), (1, 0)):
        if (r + dr, c + dc) in cells:
            G.add_edge((r, c), (r + dr, c + dc))
start = next(k for k, v in cells.items() if v == "S")
end = next(k for k, v in cells.items() if v == "E")
route, cost = G.path(start, end)
print(cost, route[:4], "...")
out = [list(row) for row in grid]
for r, c in route[1:-1]:
    out[r][c] = "*"
print("\n".join("".join(r) for r in out))
print(sum(1 for _ in itertools.combinations(g.nodes, 2)), max(g.adj, key=lambda n: len(g.adj[n])))
