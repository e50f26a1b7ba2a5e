import heapq
import bisect
from dataclasses import dataclass, field
from itertools import count


@dataclass(order=True)
class Event:
    time: float
    priority: int
    seq: int = field(compare=True)
    name: str = field(compare=False)
    payload: dict = field(default_factory=dict, compare=False, repr=False)


class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = count()
        self.log = []
        self.now = 0.0

    def schedule(self, delay, name, priority=5, **payload):
        ev = Event(self.now + delay, priority, next(self.counter), name, payload)
        heapq.heappush(self.queue, ev)
        return ev

    def run(self, until=100):
        while self.queue and self.queue[0].time <= until:
            ev = heapq.heappop(self.queue)
            self.now = ev.time
            self.log.append((ev.time, ev.name))
            handler = getattr(self, "on_" + ev.name, None)
            if handler is None:
                print(f"t={self.now:6.2f} (no handler for {ev.name})")
                continue
            handler(ev)

    def on_arrive(self, ev):
        who = ev.payload["who"]
        print(f"t={self.now:6.2f} {who} arrives")
        self.schedule(2.5, "serve", priority=1, who=who)

    def on_serve(self, ev):
        print(f"t={self.now:6.2f} serving {ev.payload['who']}")
        self.schedule(1.25, "leave", who=ev.payload["who"])

    def on_leave(self, ev):
        print(f"t={self.now:6.2f} {ev.payload['who']} leaves")


s = Scheduler()
for i, who in enumerate(["ann", "bob", "cyd"]):
    s.schedule(i * 1.5, "arrive", who=who)
s.schedule(3.0, "audit", priority=0)
s.schedule(3.0, "audit", priority=9)
print(s.queue[0])
s.run(until=6)
print(len(s.queue), "left;", [e.name for e in sorted(s.queue)])
s.run()
times = [t for t, _ in s.log]
print(times)
for q in (0, 2.5, 3.0, 7, 100):
    print(q, bisect.bisect_left(times, q), bisect.bisect_right(times, q))
data = [5, 1, 8, 3, 9, 2]
print(heapq.nsmallest(3, data), heapq.nlargest(2, data), heapq.nlargest(2, data, key=lambda x: -x))
h = []
for x in data:
    heapq.heappush(h, (x % 3, x))
print([heapq.heappop(h) for _ in range(len(h))])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
sl = []
for w in ["pear", "apple", "fig", "kiwi", "banana"]:
    bisect.insort(sl, w)
print(sl, bisect.bisect(sl, "grape"))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], sc)] for sc in [33, 99, 77, 70, 89, 90, 100]])
h2 = [3, 1, 2]
heapq.heapify(h2)
print(h2, heapq.heapreplace(h2, 0), h2, heapq.heappushpop(h2, 5), h2)
