# A room booking system on intervals: bisect-maintained sorted lists, merging overlaps, free-slot
# search, conflict errors with details, a sweep line for max concurrency, and a text timeline.
import bisect
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Slot:
    start: int
    end: int
    who: str = ""

    def __post_init__(self):
        if self.end <= self.start:
            raise ValueError(f"empty or reversed slot {self.start}-{self.end}")

    def overlaps(self, other):
        return self.start < other.end and other.start < self.end

    def __len__(self):
        return self.end - self.start


class Conflict(Exception):
    def __init__(self, new, existing):
        super().__init__(f"{new.who} {fmt(new)} clashes with {existing.who} {fmt(existing)}")
        self.new, self.existing = new, existing


def fmt(s):
    return f"{s.start // 60:02d}:{s.start % 60:02d}-{s.end // 60:02d}:{s.end % 60:02d}"


class Room:
    def __init__(self, name, open_=8 * 60, close=18 * 60):
        self.name, self.open, self.close = name, open_, close
        self.slots = []
        self.starts = []

    def book(self, start, end, who):
        s = Slot(start, end, who)
        if start < self.open or end > self.close:
            raise ValueError(f"{fmt(s)} outside opening hours")
        i = bisect.bisect_left(self.starts, start)
        for j in (i - 1, i):
            if 0 <= j < len(self.slots) and self.slots[j].overlaps(s):
                raise Conflict(s, self.slots[j])
        self.slots.insert(i, s)
        self.starts.insert(i, start)
        return s

    def cancel(self, who):
        keep = [s for s in self.slots if s.who != who]
        removed = len(self.slots) - len(keep)
        self.slots, self.starts = keep, [s.start for s in keep]
        return removed

    def free(self, min_len=30):
        out, t = [], self.open
        for s in self.slots:
            if s.start - t >= min_len:
                out.append((t, s.start))
            t = max(t, s.end)
        if self.close - t >= min_len:
            out.append((t, self.close))
        return out

    def timeline(self, step=30):
        cells = []
        for t in range(self.open, self.close, step):
            i = bisect.bisect_right(self.starts, t) - 1
            hit = self.slots[i] if i >= 0 and self.slots[i].start <= t < self.slots[i].end else None
            cells.append(hit.who[0].upper() if hit else ".")
        return "".join(cells)


def hm(text):
    h, m = map(int, text.split(":"))
    return h * 60 + m


room = Room("Blue")
requests = [("09:00", "10:30", "ann"), ("10:00", "11:00", "bob"), ("10:30", "11:00", "bob"), ("13:00", "14:00", "cat"),
            ("07:30", "08:30", "dan"), ("12:00", "12:00", "eve"), ("11:00", "12:30", "dan"), ("13:30", "13:45", "fay"), ("17:00", "18:00", "gus")]
for a, b, who in requests:
    try:
        s = room.book(hm(a), hm(b), who)
        print(f"booked {who:<4} {fmt(s)} ({len(s)} min)")
    except Conflict as e:
        print(f"conflict: {e} | overlap {max(e.new.start, e.existing.start)}..{min(e.new.end, e.existing.end)}")
    except ValueError as e:
        print(f"rejected {who}: {e}")
print(room.timeline())
print([f"{fmt(Slot(a, b))}" for a, b in room.free()], [f"{fmt(Slot(a, b))}" for a, b in room.free(90)])
print(room.cancel("dan"), room.cancel("zed"), room.timeline())
print(sorted(room.slots, key=len, reverse=True)[:2], min(room.slots), max(room.slots).who)


def merge(intervals):
    out = []
    for a, b in sorted(intervals):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


print(merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 9), (0, 0)]), merge([]), merge([(5, 7), (1, 2), (2, 5)]))


def max_concurrency(intervals):
    events = sorted([(a, 1) for a, _ in intervals] + [(b, -1) for _, b in intervals])
    cur = best = 0
    when = None
    for t, d in events:
        cur += d
        if cur > best:
            best, when = cur, t
    return best, when


meetings = [(hm(a), hm(b)) for a, b in [("09:00", "10:00"), ("09:30", "11:00"), ("09:45", "10:15"), ("10:00", "10:30"), ("10:59", "12:00")]]
print(max_concurrency(meetings), fmt(Slot(*max(meetings, key=lambda m: m[1] - m[0]))))
scores = [10, 25, 40, 55, 70, 85]
grades = "FEDCBA+"
print([grades[bisect.bisect(scores, s)] for s in [0, 10, 24, 25, 69, 85, 100]], bisect.bisect_left(scores, 40), bisect.bisect_right(scores, 40))
xs = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(xs, v)
print(xs, bisect.bisect_left(xs, 5, lo=2, hi=5), bisect.bisect_left([(1, "a"), (2, "b")], (2,)), bisect.bisect(["b", "d"], "c"))
print(bisect.bisect_left(room.slots, Slot(hm("13:00"), hm("13:01"))), bisect.bisect_right([1, 2, 3], 2, key=None))
try:
    Slot(5, 1)
except ValueError as e:
    print("ValueError:", e)
