import heapq
from dataclasses import dataclass, field
from typing import Any
import itertools


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    deps: tuple = field(default=(), compare=False)
    payload: Any = field(default=None, compare=False, repr=False)


class Scheduler:
    def __init__(self):
        self._heap = []
        self._counter = itertools.count()
        self.done = []

    def add(self, name, priority=5, deps=()):
        t = Task(priority, next(self._counter), name, tuple(deps))
        heapq.heappush(self._heap, t)
        return t

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return bool(self._heap)

    def run(self):
        deferred = []
        while self._heap:
            task = heapq.heappop(self._heap)
            missing = [d for d in task.deps if d not in self.done]
            if missing:
                deferred.append(task)
                print(f"defer {task.name} (needs {', '.join(missing)})")
                continue
            self.done.append(task.name)
            print(f"run {task.name} p={task.priority}")
            for d in deferred:
                heapq.heappush(self._heap, d)
            deferred.clear()
        if deferred:
            raise RuntimeError(f"unsatisfiable: {[t.name for t in deferred]}")


s = Scheduler()
s.add("compile", 2, ["fetch"])
s.add("fetch", 1)
s.add("test", 3, ["compile"])
s.add("lint", 3)
s.add("deploy", 9, ["test", "lint"])
print(len(s), bool(s), s._heap[0])
s.run()
print(s.done, bool(s))


def topo_sort(graph):
    indeg = {n: 0 for n in graph}
    for n, outs in graph.items():
        for o in outs:
            indeg[o] = indeg.get(o, 0) + 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for o in sorted(graph.get(n, ())):
            indeg[o] -= 1
            if indeg[o] == 0:
                ready.append(o)
                ready.sort()
    if len(order) != len(indeg):
        cyc = sorted(n for n in indeg if indeg[n] > 0)
        raise ValueError(f"cycle among {cyc}")
    return order


g = {"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": [], "e": ["a"]}
print(topo_sort(g))
try:
    topo_sort({"x": ["y"], "y": ["z"], "z": ["x"], "w": []})
except ValueError as e:
    print(e)


def dijkstra(edges, src):
    adj = {}
    for a, b, w in edges:
        adj.setdefault(a, []).append((b, w))
        adj.setdefault(b, []).append((a, w))
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in adj.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11)]
dist, prev = dijkstra(edges, "A")
print(dict(sorted(dist.items())))
node, path = "F", []
while node:
    path.append(node)
    node = prev.get(node)
print(" -> ".join(reversed(path)))

t = Task(1, 0, "x")
print(t, t == Task(1, 0, "y"), t < Task(1, 1, "a"))
s2 = Scheduler()
s2.add("a", deps=["b"])
s2.run()
