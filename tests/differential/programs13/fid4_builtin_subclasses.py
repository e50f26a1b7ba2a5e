# Domain types built by subclassing int/str/float/tuple/list/dict, then fed to builtins.
class Cents(int):
    def __new__(cls, v):
        return super().__new__(cls, round(v * 100) if isinstance(v, float) else v)
    def __str__(self):
        return f"${int(self) / 100:.2f}"
    def __repr__(self):
        return f"Cents({int(self)})"
    def __add__(self, o):
        return Cents(int(self) + int(o))
    __radd__ = __add__

prices = [Cents(1.25), Cents(399), Cents(0.5)]
total = sum(prices)
print(total, repr(total), type(total).__name__, sorted(prices), max(prices), f"{total}", f"{total:>8}", f"{total!r}")
print(int(total), float(total), total == 574, hash(total) == hash(574), str(total), "%d|%s" % (total, total), bin(total))
print(isinstance(total, int), Cents(5) + 1, 1 + Cents(5), Cents(5) * 2, type(Cents(5) * 2).__name__, -Cents(3), abs(Cents(-3)))

class Tag(str):
    def __new__(cls, s):
        return super().__new__(cls, s.strip().lower())
    def __len__(self):
        return 99
    def upper(self):
        return "UPPER:" + str.upper(self)
    def __eq__(self, o):
        return str.__eq__(self, o.lower() if isinstance(o, str) else o)
    __hash__ = str.__hash__
t = Tag("  Python ")
print(t, repr(t), len(t), t.upper(), t.title(), type(t.title()).__name__, t + "!", type(t + "!").__name__)
print(t == "PYTHON", "python" == t, {t: 1}.get("python"), t in ["python"], sorted([Tag("b"), Tag("A")]), t[0], type(t[0]).__name__)
print(",".join([t, Tag("X")]), f"{t:*^10}", "%s" % t, str(t), type(str(t)).__name__, t.startswith("py"))

class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
    def __format__(self, spec):
        return format(float(self), spec) + "m" if spec else repr(self)
m = Meters(2.5)
print(m, repr(m), [m], f"{m}", f"{m:.3f}", m + 1, type(m + 1).__name__, round(m), m.is_integer(), Meters(3).is_integer())

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return f"Pair{tuple.__repr__(self)}"
p = Pair(1, 2)
print(p, p.first, len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)), list(p), p[::-1], sorted([Pair(2, 1), Pair(1, 9)]))
a, b = p
print(a, b, max(p), dict([p]), {p: "x"}[(1, 2)])

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def __iter__(self):
        return reversed(list(self.__get_items()))
    def __get_items(self):
        return list.__iter__(self)
    def __contains__(self, x):
        return x == "always" or list.__contains__(self, x)
    def __getitem__(self, i):
        return list.__getitem__(self, -1 - i) if isinstance(i, int) else list.__getitem__(self, i)
s = Stack([1, 2])
s.push(3).push(4)
print(s, list(s), [x for x in s], s[0], s[1:3], len(s), "always" in s, 2 in s, 9 in s, sum(s), sorted(s), max(s), tuple(s))
print(s + [5], type(s + [5]).__name__, s * 2, isinstance(s, list), " ".join(map(str, s)), list(enumerate(s))[:2])

class CountingDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.reads = 0
    def __getitem__(self, k):
        self.reads += 1
        return super().__getitem__(k)
    def __missing__(self, k):
        return f"<{k}?>"
cd = CountingDict(a=1, b=2)
print(cd["a"], cd["zz"], cd.get("a"), cd.reads, "a" in cd, len(cd), dict(cd), sorted(cd), cd, list(cd.items()))
print("{a}-{b}-{c}".format_map(cd), cd.reads, {**cd}, cd == {"a": 1, "b": 2}, type(cd.copy()).__name__)
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
lw = Lower()
lw["KEY"] = 1
lw.update({"OTHER": 2})
lw.setdefault("THIRD", 3)
print(lw, Lower(X=1))
