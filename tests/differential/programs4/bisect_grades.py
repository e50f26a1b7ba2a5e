import bisect
from fractions import Fraction
from collections import defaultdict

BREAKS = [60, 70, 80, 90]
GRADES = "FDCBA"


def grade(score):
    return GRADES[bisect.bisect(BREAKS, score)]


scores = {"ann": 95, "bob": 59, "cy": 60, "dee": 89.5, "eve": 70, "fay": 100, "gus": 0}
for name, sc in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{name:<5}{sc:>6} {grade(sc)}")
dist = defaultdict(list)
for name, sc in scores.items():
    dist[grade(sc)].append(name)
print(dict(sorted(dist.items())))

a = [1, 3, 3, 3, 7, 9]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 0), bisect.bisect_left(a, 10))
bisect.insort(a, 5)
bisect.insort_left(a, 3)
print(a)
records = [("apple", 3), ("fig", 7), ("kiwi", 12)]
print(bisect.bisect_left(records, 7, key=lambda r: r[1]))
bisect.insort(records, ("date", 5), key=lambda r: r[1])
print(records)


def index_of(seq, x):
    i = bisect.bisect_left(seq, x)
    if i != len(seq) and seq[i] == x:
        return i
    raise ValueError(f"{x} not in list")


print(index_of(a, 7))
try:
    index_of(a, 4)
except ValueError as e:
    print(e)


class SortedList:
    def __init__(self, items=()):
        self._data = sorted(items)

    def add(self, x):
        bisect.insort(self._data, x)

    def range(self, lo, hi):
        return self._data[bisect.bisect_left(self._data, lo):bisect.bisect_right(self._data, hi)]

    def __iter__(self):
        return iter(self._data)

    def __repr__(self):
        return f"SortedList({self._data})"


sl = SortedList([5, 1, 4])
for v in [3, 9, 0, 4]:
    sl.add(v)
print(sl, sl.range(2, 5), list(sl)[::-1])

f = Fraction(3, 4)
g = Fraction("2/6")
print(f, g, f + g, f - g, f * g, f / g, f ** 2, -f, abs(-g), f // g, f % g)
print(Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction("1.25"), Fraction(7, -14))
print(float(f), int(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(7, 3), 2), f.numerator, f.denominator)
print(f < g, f == Fraction(6, 8), f == 0.75, f > 0.5, sum(Fraction(1, n) for n in range(1, 6)))
print(repr(f), str(Fraction(4, 2)), Fraction(1, 3) + 1, 1 - Fraction(1, 3), 0.5 + Fraction(1, 2), hash(Fraction(1, 2)) == hash(0.5))
harmonic = [sum(Fraction(1, k) for k in range(1, n + 1)) for n in range(1, 8)]
print(harmonic)
print(max(harmonic), min(harmonic, key=lambda x: x.denominator), sorted([Fraction(1, 3), 0.3, 1]))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(f"{Fraction(1, 3):}", format(float(Fraction(1, 3)), ".4f"), Fraction(3, 4).as_integer_ratio())
