# Typed discrete-event simulation with heapq, __lt__, total_ordering and typing annotations.
import heapq
from functools import total_ordering
from typing import Callable, Optional, NamedTuple
import itertools


@total_ordering
class Event:
    _ids = itertools.count()

    def __init__(self, time: float, priority: int, name: str, action: Optional[Callable] = None):
        self.time = time
        self.priority = priority
        self.name = name
        self.action = action
        self.seq = next(Event._ids)

    def __lt__(self, other: "Event") -> bool:
        if not isinstance(other, Event):
            return NotImplemented
        return (self.time, self.priority, self.seq) < (other.time, other.priority, other.seq)

    def __eq__(self, other):
        if not isinstance(other, Event):
            return NotImplemented
        return (self.time, self.priority, self.seq) == (other.time, other.priority, other.seq)

    __hash__ = None

    def __repr__(self):
        return f"Event({self.time:g}, p{self.priority}, {self.name!r})"


class Stat(NamedTuple):
    name: str
    served: int
    wait: float

    def mean(self) -> float:
        return self.wait / self.served if self.served else 0.0


class Sim:
    def __init__(self):
        self.queue: list[Event] = []
        self.now = 0.0
        self.log: list[str] = []
        self.waiting: dict[str, list[float]] = {"teller": [], "atm": []}
        self.stats: dict[str, list] = {"teller": [0, 0.0], "atm": [0, 0.0]}
        self.busy = {"teller": False, "atm": False}

    def at(self, dt, prio, name, action=None):
        heapq.heappush(self.queue, Event(self.now + dt, prio, name, action))

    def run(self, until):
        while self.queue and self.queue[0].time <= until:
            ev = heapq.heappop(self.queue)
            self.now = ev.time
            self.log.append(f"{self.now:7.2f} {ev.name}")
            if ev.action:
                ev.action(self)
        return len(self.queue)


def arrive(kind, service):
    def act(sim: Sim):
        if sim.busy[kind]:
            sim.waiting[kind].append(sim.now)
        else:
            sim.busy[kind] = True
            sim.stats[kind][0] += 1
            sim.at(service, 1, f"done-{kind}", depart(kind, service))
    return act


def depart(kind, service):
    def act(sim: Sim):
        if sim.waiting[kind]:
            t0 = sim.waiting[kind].pop(0)
            sim.stats[kind][0] += 1
            sim.stats[kind][1] += sim.now - t0
            sim.at(service, 1, f"done-{kind}", depart(kind, service))
        else:
            sim.busy[kind] = False
    return act


sim = Sim()
for i, (t, kind) in enumerate([(0.5, "teller"), (1.0, "atm"), (1.2, "teller"), (1.25, "teller"),
                               (2.0, "atm"), (2.0, "teller"), (3.5, "atm"), (7.75, "teller")]):
    sim.at(t, 0, f"arrive-{kind}#{i}", arrive(kind, 2.5 if kind == "teller" else 1.0))
sim.at(4.0, 0, "tick")
sim.at(4.0, -1, "urgent")
left = sim.run(10)
print("\n".join(sim.log))
print("left:", left, "now:", sim.now)
stats = [Stat(k, *v) for k, v in sim.stats.items()]
for s in stats:
    print(f"{s.name:<7} served={s.served} wait={s.wait:.3f} mean={s.mean():.4f}")
print(max(stats, key=Stat.mean), stats[0]._replace(wait=1.0), Stat._fields, Stat.__annotations__)
a, b = Event(1, 0, "a"), Event(1, 0, "b")
print(a < b, a <= b, a > b, a >= b, a == a, a != b, sorted([b, a]))
try:
    hash(a)
except TypeError as e:
    print(e)
try:
    a < 3
except TypeError as e:
    print(e)
print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]), heapq.nlargest(2, ["pear", "fig", "apple"], key=len))
h = [5, 3, 8]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 1), heapq.heapreplace(h, 10), h, list(heapq.merge([1, 4, 7], [2, 5], [0, 9])))
print(Sim.run.__annotations__, Event.__lt__.__annotations__, Sim().__dict__.keys())
