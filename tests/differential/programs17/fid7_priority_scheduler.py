# A priority scheduler with heapq: ties broken by insertion counter, dataclass(order=True) tasks with
# non-compared payloads, lazy deletion / reprioritization, time slices, and a round-robin report.
import heapq
import itertools
from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    work: int = field(compare=False, default=1)
    removed: bool = field(compare=False, default=False, repr=False)


class Scheduler:
    def __init__(self):
        self.heap = []
        self.index = {}
        self.counter = itertools.count()
        self.log = []

    def add(self, name, priority, work=1):
        if name in self.index:
            self.cancel(name)
        t = Task(priority, next(self.counter), name, work)
        self.index[name] = t
        heapq.heappush(self.heap, t)
        return t

    def cancel(self, name):
        t = self.index.pop(name)
        t.removed = True

    def pop(self):
        while self.heap:
            t = heapq.heappop(self.heap)
            if not t.removed:
                del self.index[t.name]
                return t
        raise IndexError("pop from an empty scheduler")

    def __len__(self):
        return len(self.index)

    def run(self, quantum=2):
        clock = 0
        while self:
            t = self.pop()
            step = min(quantum, t.work)
            clock += step
            t.work -= step
            if t.work:
                self.log.append(f"t={clock:>2} {t.name:<8} ran {step}, {t.work} left (p{t.priority})")
                self.add(t.name, t.priority + 1, t.work)
            else:
                self.log.append(f"t={clock:>2} {t.name:<8} done (p{t.priority})")
        return clock


s = Scheduler()
for name, pr, work in [("backup", 5, 3), ("email", 1, 1), ("compile", 3, 5), ("render", 3, 2), ("alert", 0, 1), ("index", 5, 1)]:
    s.add(name, pr, work)
print(len(s), sorted(s.heap)[:3])
s.add("render", 1, 2)
s.cancel("index")
print(len(s), [t.name for t in sorted(s.heap) if not t.removed])
total = s.run()
print("\n".join(s.log))
print("total", total)
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
print(Task(1, 0, "a") < Task(1, 1, "b"), Task(1, 0, "a") == Task(1, 0, "zzz"), Task(2, 0, "a") > Task(1, 9, "b"))
h = []
for i, (p, label) in enumerate([(2, "x"), (1, "y"), (2, "a"), (1, "b"), (3, "c")]):
    heapq.heappush(h, (p, i, label))
print([heapq.heappop(h)[2] for _ in range(len(h))])
data = [5, 1, 8, 3, 9, 2, 7]
print(heapq.nlargest(3, data), heapq.nsmallest(2, data), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
heapq.heapify(data)
print(data[0], heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), sorted(data))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])), list(heapq.merge(["a", "cc"], ["bbb"], key=len)))
try:
    heapq.heappush([(1, {"a": 1})], (1, {"b": 2}))
except TypeError as e:
    print("TypeError:", e)
jobs = [("j1", 3), ("j2", 1), ("j3", 3), ("j4", 2), ("j5", 1)]
ready = [(-p, i, n) for i, (n, p) in enumerate(jobs)]
heapq.heapify(ready)
order = []
while ready:
    np_, i, n = heapq.heappop(ready)
    order.append(f"{n}:{-np_}")
print(" ".join(order))
