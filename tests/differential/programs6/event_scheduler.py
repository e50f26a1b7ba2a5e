import heapq
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum, auto
from itertools import count


class Kind(Enum):
    ARRIVE = auto()
    SERVE = auto()
    LEAVE = auto()


_seq = count()


@dataclass(order=True)
class Event:
    when: datetime
    seq: int = field(default_factory=lambda: next(_seq))
    kind: Kind = field(default=Kind.ARRIVE, compare=False)
    who: str = field(default="", compare=False)

    def __str__(self):
        return f"{self.when:%H:%M} {self.kind.name:<6} {self.who}"


class Simulator:
    def __init__(self, start):
        self.now = start
        self.queue = []
        self.waiting = []
        self.busy = False
        self.log = []
        self.stats = {k: 0 for k in Kind}

    def schedule(self, delay, kind, who):
        heapq.heappush(self.queue, Event(self.now + delay, kind=kind, who=who))

    def run(self, until):
        while self.queue and self.queue[0].when <= until:
            ev = heapq.heappop(self.queue)
            self.now = ev.when
            self.stats[ev.kind] += 1
            self.log.append(str(ev))
            match ev.kind:
                case Kind.ARRIVE if not self.busy:
                    self.busy = True
                    self.schedule(timedelta(minutes=4), Kind.SERVE, ev.who)
                case Kind.ARRIVE:
                    self.waiting.append(ev.who)
                case Kind.SERVE:
                    self.schedule(timedelta(minutes=1), Kind.LEAVE, ev.who)
                case Kind.LEAVE:
                    if self.waiting:
                        nxt = self.waiting.pop(0)
                        self.schedule(timedelta(minutes=4), Kind.SERVE, nxt)
                    else:
                        self.busy = False
        return self.now


start = datetime(2024, 5, 17, 9, 0)
sim = Simulator(start)
for i, gap in enumerate([0, 2, 3, 3, 10, 11, 30]):
    sim.queue.append(Event(start + timedelta(minutes=gap), kind=Kind.ARRIVE, who=f"c{i}"))
heapq.heapify(sim.queue)
end = sim.run(start + timedelta(hours=1))
print("\n".join(sim.log))
print("finished at", end.time(), "elapsed", end - start, (end - start).total_seconds() / 60, "min")
print({k.name: v for k, v in sim.stats.items()}, "left:", len(sim.queue), sim.waiting)

d = timedelta(days=1, hours=25, minutes=-5, seconds=3.5)
print(d, repr(d), d.days, d.seconds, d.microseconds, -d, abs(-d), d * 2, d / 3, d // timedelta(hours=1), d % timedelta(hours=5))
print(timedelta(0), timedelta(microseconds=1), timedelta(weeks=1) > timedelta(days=6), timedelta(hours=-1))
t = datetime(2024, 2, 28, 23, 30)
for step in range(3):
    t += timedelta(hours=12)
    print(t.isoformat(), t.strftime("%a %d %b %Y %I:%M %p"), t.weekday(), t.isoweekday(), t.timetuple().tm_yday)
print(datetime.fromisoformat("2024-03-10T08:15:30").replace(hour=0), datetime(2024, 1, 1) - datetime(2023, 1, 1))
print(datetime.strptime("05/17/24 14:03", "%m/%d/%y %H:%M"), datetime(2024, 5, 17).date(), datetime.combine(start.date(), end.time()))
print(sorted([datetime(2024, 1, 2), datetime(2023, 12, 31, 23)]), max(start, end), start < end, start == datetime(2024, 5, 17, 9))
print(repr(start), str(start + timedelta(microseconds=500)), start.isocalendar())
