# Unit-aware numbers: reflected-operator priority for subclasses, in-place fallbacks, rich comparisons.
class Qty:
    def __init__(self, v, unit="m"):
        self.v, self.unit = v, unit
    def __repr__(self):
        return f"{type(self).__name__}({self.v}{self.unit})"
    def _coerce(self, o):
        if isinstance(o, Qty):
            if o.unit != self.unit:
                raise ValueError(f"unit mismatch: {self.unit} vs {o.unit}")
            return o.v
        if isinstance(o, (int, float)):
            return o
        return NotImplemented
    def __add__(self, o):
        v = self._coerce(o)
        return NotImplemented if v is NotImplemented else type(self)(self.v + v, self.unit)
    def __radd__(self, o):
        print(f"  {type(self).__name__}.__radd__")
        return self.__add__(o)
    def __sub__(self, o):
        v = self._coerce(o)
        return NotImplemented if v is NotImplemented else type(self)(self.v - v, self.unit)
    def __rsub__(self, o):
        v = self._coerce(o)
        return NotImplemented if v is NotImplemented else type(self)(v - self.v, self.unit)
    def __iadd__(self, o):
        print("  __iadd__ declines")
        return NotImplemented
    def __lt__(self, o):
        v = self._coerce(o)
        return NotImplemented if v is NotImplemented else self.v < v
    def __eq__(self, o):
        v = self._coerce(o) if isinstance(o, (Qty, int, float)) else NotImplemented
        return NotImplemented if v is NotImplemented else self.v == v
    def __hash__(self):
        return hash((self.v, self.unit))

class Precise(Qty):
    def __radd__(self, o):
        print("  Precise.__radd__ (subclass wins)")
        return Precise(round(self._coerce(o) + self.v, 3), self.unit)
    def __gt__(self, o):
        print("  Precise.__gt__ reflected")
        return self.v > self._coerce(o)

a, b = Qty(1.5), Precise(2.25)
print(a + b)
print(b + a)
print(3 + a, a - 1, 10 - a, sum([Qty(1), Qty(2)], Qty(0)))
c = Qty(1)
c += 5
print(c)
try:
    a + Qty(1, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" - a
except TypeError as e:
    print("TypeError:", e)
print(a < b, b > a, a < 2, 2 > a, a == 1.5, 1.5 == a, a != Qty(1.5), a == "1.5")
try:
    print(a <= b)
except TypeError as e:
    print("TypeError:", e)
print(sorted([Qty(3), Qty(1), Precise(2)]), max([Qty(3), Qty(5)], key=lambda q: q.v), {Qty(1): "one"}[Qty(1)])
lst = [1, 2]
lst += (3, 4)
print(lst)
try:
    lst = lst + (5,)
except TypeError as e:
    print("TypeError:", e)
t = (1,)
t += (2,)
print(t)
s = {1}
s |= {2}
fs = frozenset({1})
fs2 = fs
fs |= {3}
print(s, fs, fs2, fs is fs2)
d = {"a": 1}
alias = d
d |= {"b": 2}
print(alias is d, alias)
st = "ab"
st2 = st
st += "c"
print(st, st2)
class Vec(list):
    def __add__(self, o):
        return Vec(x + y for x, y in zip(self, o))
    def __iadd__(self, o):
        return self + o
v = Vec([1, 2])
w = v
v += [10, 20]
print(v, w, v is w, type(v).__name__)
class Weird:
    def __eq__(self, o):
        return "yes"
    def __lt__(self, o):
        return 0
print(Weird() == 1, Weird() != 1, Weird() < 1, [Weird()] == [1], Weird() in [1], bool(Weird() == 2))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __le__(self, o):
        return self.v <= o.v
print(Cmp(1) <= Cmp(2), Cmp(3) >= Cmp(2))
try:
    Cmp(1) < Cmp(2)
except TypeError as e:
    print("TypeError:", e)
