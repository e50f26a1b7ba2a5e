# Build system: tasks with dependencies, topological order, cycle reporting, generators and timing.
from collections import defaultdict, deque
from graphlib import TopologicalSorter, CycleError


class Task:
    registry = {}

    def __init__(self, name, deps=(), cost=1.0):
        self.name, self.deps, self.cost = name, tuple(deps), cost
        Task.registry[name] = self

    def __repr__(self):
        return f"<Task {self.name} deps={list(self.deps)} cost={self.cost}>"

    @classmethod
    def reset(cls):
        cls.registry = {}


def topo(tasks):
    indeg = {t: 0 for t in tasks}
    rev = defaultdict(list)
    for t in tasks.values():
        for d in t.deps:
            if d not in tasks:
                raise KeyError(f"{t.name} depends on unknown {d!r}")
            indeg[t.name] += 1
            rev[d].append(t.name)
    ready = deque(sorted(n for n, k in indeg.items() if not k))
    while ready:
        n = ready.popleft()
        yield n
        for m in sorted(rev[n]):
            indeg[m] -= 1
            if not indeg[m]:
                ready.append(m)
    left = [n for n, k in indeg.items() if k]
    if left:
        raise RuntimeError(f"cycle detected among {sorted(left)}")


def schedule(tasks, workers=2):
    finish = {}
    free = [0.0] * workers
    timeline = []
    for name in topo(tasks):
        t = tasks[name]
        start_dep = max((finish[d] for d in t.deps), default=0.0)
        w = min(range(workers), key=lambda i: (max(free[i], start_dep), i))
        start = max(free[w], start_dep)
        finish[name] = free[w] = start + t.cost
        timeline.append((start, finish[name], w, name))
    return timeline


Task("fetch", cost=2.5)
Task("configure", ["fetch"], 0.5)
Task("compile_a", ["configure"], 3)
Task("compile_b", ["configure"], 2)
Task("compile_c", ["configure"], 1.25)
Task("link", ["compile_a", "compile_b", "compile_c"], 1)
Task("docs", ["fetch"], 4)
Task("package", ["link", "docs"], 0.75)
tasks = dict(Task.registry)
order = list(topo(tasks))
print("order:", order)
for workers in (1, 2, 3):
    tl = schedule(tasks, workers)
    print(f"{workers} worker(s): makespan {max(e for _, e, _, _ in tl)}")
    for s, e, w, n in tl:
        print(f"   w{w} {s:6.2f} -> {e:6.2f} {'#' * int(e - s + 0.5):<5} {n}")
ts = TopologicalSorter({n: set(t.deps) for n, t in tasks.items()})
print("graphlib:", list(ts.static_order()))
Task("configure", ["package"])
try:
    list(topo(Task.registry))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}}).static_order())
except CycleError as e:
    print("CycleError:", e.args[0], e.args[1])
Task.reset()
Task("x", ["ghost"])
gen = topo(Task.registry)
try:
    next(gen)
except KeyError as e:
    print("KeyError:", e, repr(e.args[0]))
print(repr(Task.registry["x"]), type(gen).__name__, gen.__name__)
ts2 = TopologicalSorter()
ts2.add("deploy", "test", "build")
ts2.add("test", "build")
ts2.prepare()
rounds = []
while ts2.is_active():
    batch = ts2.get_ready()
    rounds.append(sorted(batch))
    ts2.done(*batch)
print(rounds)
