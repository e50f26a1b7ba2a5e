# Rich comparison dunders and their reflection/fallback rules.
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __eq__(self, o):
        print(f"  eq {self!r} {o!r}")
        return isinstance(o, Num) and self.v == o.v
    def __lt__(self, o):
        print(f"  lt {self!r} {o!r}")
        if not isinstance(o, Num):
            return NotImplemented
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
a, b = Num(1), Num(2)
print(a < b)
print(b > a)
print(a <= b, b >= a)
print(a == Num(1), a != Num(1), a != b)
try:
    a < 5
except TypeError as e:
    print("TypeError", e)
try:
    5 > a
except TypeError as e:
    print("TypeError", e)
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p is p)
try:
    p < q
except TypeError as e:
    print("TypeError", e)
class Weird:
    def __eq__(self, o):
        return "truthy-string"
    def __lt__(self, o):
        return []
w = Weird()
print(w == 1, w != 1, w < 1, bool(w < 1))
if w == 0:
    print("== result used as truth value")
print([w] == [w], 1 in [w], w in [1])
class AlwaysEqual:
    def __eq__(self, o):
        return True
print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 5, [1, 2].count(AlwaysEqual()), AlwaysEqual() in [None])
class Ordered:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return f"O{self.v}"
print(sorted([Ordered(3), Ordered(1), Ordered(2)]), max([Ordered(3), Ordered(9)]))
class NeOnly:
    def __eq__(self, o):
        print("  __eq__ consulted by !=")
        return False
print(NeOnly() != NeOnly())
print(Num(1) < Num(2) < Num(3))
