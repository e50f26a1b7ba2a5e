import heapq
from collections import defaultdict, deque
from itertools import pairwise

EDGES = """
Airport Central 18 tram
Central Harbor 7 bus
Central Museum 4 walk
Museum Park 6 walk
Park Harbor 5 bus
Harbor Island 15 ferry
Central Station 3 walk
Station Airport 14 train
Station Park 9 tram
Island Lighthouse 4 walk
Museum Station 2 walk
"""


def build(text):
    g = defaultdict(list)
    for line in text.strip().splitlines():
        a, b, w, mode = line.split()
        w = int(w)
        g[a].append((b, w, mode))
        g[b].append((a, w, mode))
    return g


def dijkstra(g, src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    seen = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in seen:
            continue
        seen.add(u)
        for v, w, mode in sorted(g[u]):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = (u, mode)
                heapq.heappush(pq, (nd, v))
    return dist, prev


def path(prev, src, dst):
    out = [dst]
    modes = []
    while out[-1] != src:
        u, mode = prev[out[-1]]
        modes.append(mode)
        out.append(u)
    return out[::-1], modes[::-1]


def bfs_hops(g, src):
    hops = {src: 0}
    q = deque([src])
    order = []
    while q:
        u = q.popleft()
        order.append(u)
        for v, _, _ in sorted(g[u]):
            if v not in hops:
                hops[v] = hops[u] + 1
                q.append(v)
    return hops, order


g = build(EDGES)
dist, prev = dijkstra(g, "Airport")
for node in sorted(dist, key=lambda n: (dist[n], n)):
    p, modes = path(prev, "Airport", node)
    print(f"{node:<10} {dist[node]:>3} min  {' > '.join(p)}  [{','.join(modes) or '-'}]")

hops, order = bfs_hops(g, "Lighthouse")
print(order)
print(sorted(hops.items(), key=lambda kv: (-kv[1], kv[0]))[:4])

legs = [("Airport", "Station"), ("Station", "Museum"), ("Museum", "Park")]
total = 0
for a, b in legs:
    w = next(w for v, w, _ in g[a] if v == b)
    total += w
print("itinerary", total, [b for _, b in legs])
route = ["Island", "Harbor", "Park", "Museum", "Central"]
print([min(w for v, w, _ in g[a] if v == b) for a, b in pairwise(route)])

# components after removing the ferry
g2 = defaultdict(list)
for u, lst in g.items():
    for v, w, m in lst:
        if m != "ferry":
            g2[u].append((v, w, m))
    g2[u]
comps = []
seen = set()
for start in sorted(g2):
    if start in seen:
        continue
    stack, comp = [start], []
    while stack:
        u = stack.pop()
        if u in seen:
            continue
        seen.add(u)
        comp.append(u)
        stack.extend(v for v, _, _ in g2[u])
    comps.append(sorted(comp))
print(len(comps), comps)
heap = []
for n, d in dist.items():
    heapq.heappush(heap, (-d, n))
print([heapq.heappop(heap) for _ in range(3)])
print(heapq.nsmallest(3, dist.items(), key=lambda kv: kv[1]))
print(heapq.nlargest(2, dist.values()), list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
