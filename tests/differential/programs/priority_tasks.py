# Task manager with priorities: heapq with tie-breaking, dataclass(order), __post_init__, sorting views.
import heapq
import itertools
from dataclasses import dataclass, field
from enum import IntEnum
from typing import List


class Pri(IntEnum):
    CRITICAL = 0
    HIGH = 1
    MEDIUM = 2
    LOW = 3


@dataclass(order=True)
class Task:
    sort_key: tuple = field(init=False, repr=False)
    priority: Pri
    title: str
    estimate: float = 1.0
    deps: List[str] = field(default_factory=list, compare=False)
    done: bool = field(default=False, compare=False)

    def __post_init__(self):
        if self.estimate <= 0:
            raise ValueError(f"estimate for {self.title!r} must be positive")
        self.sort_key = (self.priority, -self.estimate)


class Scheduler:
    def __init__(self):
        self.heap = []
        self.counter = itertools.count()
        self.tasks = {}

    def add(self, task):
        self.tasks[task.title] = task
        heapq.heappush(self.heap, (task.priority, next(self.counter), task))

    def ready(self, task):
        return all(self.tasks[d].done for d in task.deps if d in self.tasks)

    def run(self, budget):
        used, log, deferred = 0.0, [], []
        while self.heap:
            pri, n, task = heapq.heappop(self.heap)
            if not self.ready(task):
                deferred.append((pri, n, task))
                continue
            if used + task.estimate > budget:
                log.append(f"skip {task.title} (needs {task.estimate}h, {budget - used:.1f}h left)")
                deferred.append((pri, n, task))
                continue
            used += task.estimate
            task.done = True
            log.append(f"{pri.name:<8} {task.title:<16} {task.estimate:>4.1f}h  total {used:4.1f}h")
            for item in deferred:
                heapq.heappush(self.heap, item)
            deferred.clear()
        self.heap = deferred
        heapq.heapify(self.heap)
        return log


s = Scheduler()
specs = [
    (Pri.HIGH, "write tests", 3, ["design api"]),
    (Pri.CRITICAL, "fix prod bug", 2, []),
    (Pri.MEDIUM, "design api", 1.5, []),
    (Pri.LOW, "update docs", 1, ["write tests"]),
    (Pri.HIGH, "code review", 1, []),
    (Pri.MEDIUM, "refactor", 4, []),
]
for pri, title, est, deps in specs:
    s.add(Task(pri, title, est, deps))
try:
    Task(Pri.LOW, "nothing", 0)
except ValueError as e:
    print("ValueError:", e)
for line in s.run(budget=8):
    print(line)
print("left:", sorted(t.title for _, _, t in s.heap))
print(sorted(s.tasks.values())[:2])
print(min(s.tasks.values()).title, max(s.tasks.values()).title)
by_pri = {p.name: [t.title for t in s.tasks.values() if t.priority == p] for p in Pri}
print(by_pri)
print(Task(Pri.HIGH, "a", 2) < Task(Pri.HIGH, "b", 1), Task(Pri.LOW, "x") == Task(Pri.LOW, "x"))
done, todo = [], []
for t in s.tasks.values():
    (done if t.done else todo).append(t.title)
print(f"{len(done)}/{len(s.tasks)} done ({len(done) / len(s.tasks):.0%}); todo: {', '.join(todo)}")
print(repr(Task(Pri.MEDIUM, "repr check", 2.5, ["x"])))
