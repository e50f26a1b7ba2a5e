"""dict subclasses with __missing__, defaultdict and Counter in an inventory."""
from collections import Counter, defaultdict, OrderedDict


class Defaulting(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory

    def __missing__(self, key):
        print(f"  missing {key!r}")
        value = self[key] = self.factory(key)
        return value


class Caseless(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __missing__(self, key):
        raise KeyError(f"no such header: {key}")


lengths = Defaulting(len, a="x")
print(lengths["hello"], lengths["a"], lengths["hello"])
print(lengths, "zz" in lengths, lengths.get("zz"))

h = Caseless()
h["Content-Type"] = "text/html"
print(h["CONTENT-TYPE"], h)
try:
    h["Accept"]
except KeyError as e:
    print("KeyError:", e, repr(e.args[0]))

orders = [("apple", 3), ("pear", 1), ("apple", 2), ("fig", 7), ("pear", 4), ("kiwi", 0)]
by_fruit = defaultdict(list)
for fruit, n in orders:
    by_fruit[fruit].append(n)
print(by_fruit)
print(dict(by_fruit), by_fruit.default_factory)

totals = Counter()
for fruit, n in orders:
    totals[fruit] += n
print(totals)
print(totals.most_common(2), totals["banana"], "banana" in totals)
more = Counter(apple=1, kiwi=5, plum=2)
print(totals + more)
print(totals - more)
print(totals & more, totals | more)
print(sorted(totals.elements())[:6])
print(Counter("mississippi").most_common())
c = Counter(a=3, b=-1)
c.update({"b": 2, "c": 1})
c.subtract(a=5)
print(c, +c, -c)
print(sum(totals.values()), totals.total())

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))

nested = defaultdict(lambda: defaultdict(int))
for word in "the cat sat on the mat the end".split():
    nested[len(word)][word] += 1
for k in sorted(nested):
    print(k, dict(nested[k]))

try:
    d = {}
    d["missing"]
except KeyError as e:
    print(repr(e), str(e))
try:
    {}.pop("x")
except KeyError as e:
    print("pop:", repr(e))
print({}.pop("x", "dflt"), dict.fromkeys([1, 2], []))
