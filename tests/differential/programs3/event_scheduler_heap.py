import heapq
from dataclasses import dataclass, field
from typing import Callable


@dataclass(order=True)
class Event:
    time: float
    seq: int
    name: str = field(compare=False)
    action: Callable = field(compare=False, repr=False)


class Scheduler:
    def __init__(self):
        self.queue = []
        self.seq = 0
        self.now = 0.0
        self.log = []

    def at(self, delay, name, action):
        self.seq += 1
        heapq.heappush(self.queue, Event(self.now + delay, self.seq, name, action))

    def run(self, until):
        while self.queue and self.queue[0].time <= until:
            ev = heapq.heappop(self.queue)
            self.now = ev.time
            try:
                result = ev.action(self)
            except Exception as e:
                self.log.append(f"{self.now:6.2f} {ev.name}: {type(e).__name__}: {e}")
            else:
                self.log.append(f"{self.now:6.2f} {ev.name} -> {result!r}")
        return len(self.queue)


def ping(s):
    s.at(1.5, "pong", pong)
    return "ping"


def pong(s):
    if s.now > 5:
        raise RuntimeError("too late")
    s.at(1.0, "ping", ping)
    return "pong"


def tick(s, n=[0]):
    n[0] += 1
    if n[0] < 4:
        s.at(2, "tick", tick)
    return n[0]


s = Scheduler()
s.at(0, "ping", ping)
s.at(0.5, "tick", tick)
s.at(3, "div", lambda s: 1 / 0)
s.at(3, "key", lambda s: {}["missing"])
left = s.run(until=8)
print("\n".join(s.log))
print("left:", left, [e.name for e in sorted(s.queue)], s.queue[0] if s.queue else None)
print(Event(1, 2, "x", print) < Event(1, 3, "a", print), Event(2, 0, "q", None) == Event(2, 0, "r", len))
