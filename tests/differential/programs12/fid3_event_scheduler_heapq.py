import heapq
import itertools
from dataclasses import dataclass, field
from typing import Any, Callable


@dataclass(order=True)
class Event:
    time: float
    priority: int
    seq: int
    action: Callable = field(compare=False)
    payload: Any = field(compare=False, default=None)


class Simulator:
    def __init__(self):
        self.now = 0.0
        self.queue = []
        self.counter = itertools.count()
        self.log = []
        self.cancelled = set()

    def schedule(self, delay, action, payload=None, priority=5):
        ev = Event(self.now + delay, priority, next(self.counter), action, payload)
        heapq.heappush(self.queue, ev)
        return ev.seq

    def cancel(self, seq):
        self.cancelled.add(seq)

    def run(self, until=float("inf")):
        while self.queue and self.queue[0].time <= until:
            ev = heapq.heappop(self.queue)
            if ev.seq in self.cancelled:
                self.log.append(f"{ev.time:6.2f} (cancelled #{ev.seq})")
                continue
            self.now = ev.time
            ev.action(self, ev.payload)
        return len(self.queue)


class Bank:
    def __init__(self, tellers):
        self.free = tellers
        self.waiting = []
        self.served = 0
        self.waits = []

    def arrive(self, sim, cust):
        name, service = cust
        sim.log.append(f"{sim.now:6.2f} arrive {name}")
        if self.free:
            self.free -= 1
            self.start(sim, name, service, sim.now)
        else:
            self.waiting.append((name, service, sim.now))

    def start(self, sim, name, service, arrived):
        self.waits.append(sim.now - arrived)
        sim.log.append(f"{sim.now:6.2f} start  {name} (waited {sim.now - arrived:.2f})")
        sim.schedule(service, self.depart, name, priority=1)

    def depart(self, sim, name):
        self.served += 1
        sim.log.append(f"{sim.now:6.2f} depart {name}")
        if self.waiting:
            n, s, a = self.waiting.pop(0)
            self.start(sim, n, s, a)
        else:
            self.free += 1


sim = Simulator()
bank = Bank(2)
arrivals = [("ann", 0.0, 3.0), ("bob", 0.5, 2.0), ("cy", 1.0, 1.5), ("dee", 1.0, 0.5), ("eve", 4.5, 1.0), ("fay", 4.5, 2.5)]
ids = {}
for name, t, service in arrivals:
    ids[name] = sim.schedule(t, bank.arrive, (name, service))
sim.cancel(ids["eve"])
left = sim.run(until=5.0)
print("\n".join(sim.log))
print("pending after t=5:", left, [(e.time, e.seq) for e in sorted(sim.queue)])
sim.run()
print(sim.log[-3:], bank.served, f"avg wait {sum(bank.waits) / len(bank.waits):.3f}", max(bank.waits))

tasks = [(3, "write report"), (1, "fix prod bug"), (2, "review PR"), (1, "answer pager"), (5, "lunch")]
h = []
for i, (p, t) in enumerate(tasks):
    heapq.heappush(h, (p, i, t))
print([heapq.heappop(h)[2] for _ in range(3)], h[0])
h2 = [5, 3, 8, 1, 9, 2]
heapq.heapify(h2)
print(h2, heapq.heappushpop(h2, 0), heapq.heapreplace(h2, 7), h2)
print(heapq.nsmallest(2, tasks), heapq.nlargest(2, tasks, key=lambda x: len(x[1])))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], key=lambda x: -x if False else x)), list(heapq.merge(["b", "d"], ["a", "c"], reverse=False)))
print(Event(1.0, 1, 0, print) < Event(1.0, 2, 1, len), Event(2.0, 0, 5, print) > Event(1.0, 9, 9, print))
