"""A priority-queue task scheduler on heapq with ties, cancellation and deadlines."""

import heapq
import itertools
from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: float = field(compare=False, default=1.0)
    deadline: float = field(compare=False, default=float("inf"))
    cancelled: bool = field(compare=False, default=False)


class Scheduler:
    def __init__(self):
        self.heap = []
        self.counter = itertools.count()
        self.by_name = {}
        self.clock = 0.0
        self.done = []

    def submit(self, name, priority=5, duration=1.0, deadline=float("inf")):
        if name in self.by_name:
            raise KeyError(f"duplicate task {name}")
        t = Task(priority, next(self.counter), name, duration, deadline)
        self.by_name[name] = t
        heapq.heappush(self.heap, t)
        return t

    def cancel(self, name):
        t = self.by_name.pop(name)
        t.cancelled = True
        return t

    def __len__(self):
        return sum(1 for t in self.heap if not t.cancelled)

    def __bool__(self):
        return len(self) > 0

    def run(self, budget):
        while self.heap and self.clock < budget:
            t = heapq.heappop(self.heap)
            if t.cancelled:
                print(f"  skip {t.name} (cancelled)")
                continue
            self.by_name.pop(t.name, None)
            start = self.clock
            self.clock += t.duration
            late = self.clock > t.deadline
            self.done.append((t.name, start, self.clock, late))
            flag = " LATE" if late else ""
            print(f"  t={start:6.2f}..{self.clock:6.2f} p{t.priority} #{t.seq:<2} {t.name}{flag}")


s = Scheduler()
s.submit("backup", 9, 3.5)
s.submit("email", 2, 0.25, deadline=1)
s.submit("build", 5, 2.0, deadline=4)
s.submit("test", 5, 1.5, deadline=4)
s.submit("deploy", 5, 0.5)
s.submit("coffee", 0, 0.1)
s.submit("report", 3, 1 / 3)
try:
    s.submit("email")
except KeyError as e:
    print("error:", e)
s.cancel("deploy")
print(len(s), bool(s), sorted(s.by_name))
s.run(3)
print("after first run:", len(s), round(s.clock, 6))
s.submit("hotfix", 1, 0.75, deadline=5)
s.run(100)
print(bool(s), s.done[-1], len(s.done))

print(heapq.nsmallest(3, [(5, "e"), (1, "z"), (1, "a"), (3, "c"), (1, "m")]))
print(heapq.nlargest(2, ["pear", "fig", "banana", "kiwi"], key=len))
h = []
for pair in [(2, "b"), (1, "x"), (2, "a"), (1, "y"), (0, "q")]:
    heapq.heappush(h, pair)
print(h, [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 3), heapq.heapreplace(data, 10), data)
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])))
print(list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len)))
tasks = [Task(1, 2, "x"), Task(1, 1, "y"), Task(0, 9, "z")]
print([t.name for t in sorted(tasks)], Task(1, 1, "a") == Task(1, 1, "b"), min(tasks).name)
