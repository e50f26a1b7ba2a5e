# collections.Counter: counting, most_common, elements, update/subtract, arithmetic, reprs.
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], "z" in c, len(c))
print(c.most_common())
print(c.most_common(2), c.most_common(0), c.most_common(-3), c.most_common(100))
print(sorted(c.elements()))
print("".join(Counter("mississippi").elements()))
print(c.total())

# construction variants
print(Counter())
print(Counter({"x": 3, "y": 1}))
print(Counter(a=2, b=4))
print(Counter(["red", "blue", "red", "green", "blue", "blue"]))
print(Counter([1, 2, 2, 3, 3, 3]).most_common(1))
print(Counter({"a": 1}, b=2))

# update / subtract
d = Counter(a=3, b=1)
d.update("aab")
print(d)
d.update({"a": 10, "q": -2})
print(d)
d.update(z=5)
print(d)
d.subtract("aaaa")
print(d)
d.subtract({"b": 10})
print(d)
d.subtract(Counter(z=5))
print(d)
d.update(None)
print(d)

# missing keys do not get inserted by reading
e = Counter()
print(e["missing"], len(e), e)
e["x"] += 1
e["x"] += 1
e["y"] -= 1
print(e)
del e["not-there"]
del e["y"]
print(e, dict(e))

# arithmetic
p = Counter(a=3, b=1, c=-2)
q = Counter(a=1, b=2, d=4)
print(p + q)
print(p - q)
print(q - p)
print(p | q)
print(p & q)
print(+p)
print(-p)
p2 = p.copy()
p2 += q
print(p2)
p3 = p.copy()
p3 -= q
print(p3)
p4 = p.copy()
p4 |= q
print(p4)
p5 = p.copy()
p5 &= q
print(p5)
print(type(p + q).__name__, p + q == Counter(a=4, b=3, d=4))

# comparisons (multiset semantics)
print(Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=1) == {"a": 1}, Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0))
print(Counter(a=1) > Counter(), Counter() < Counter(a=1))

# copy keeps the type, dict methods work
sub = c.copy()
sub["a"] = 0
print(c["a"], sub["a"])
print(list(c.keys()), list(c.values()))
print(sorted(c.items()))
print(c.get("a"), c.get("zz"), c.get("zz", 7))
print(isinstance(c, dict), isinstance(c, Counter), type(c).__name__)
print(c.pop("a"), c)
print(c.setdefault("k", 9), c["k"])

# ties keep first-seen order
print(Counter("bbaacc").most_common())
print(Counter("zyxzyx").most_common(2))

# float and negative counts
f = Counter({"a": 1.5, "b": -1})
print(f, +f, -f)

# repr with non-orderable values falls back to dict order
print(Counter({"a": "x", "b": 1}))

# errors
try:
    Counter.fromkeys("abc")
except NotImplementedError as err:
    print("NotImplementedError:", err)
try:
    Counter("ab") + {"a": 1}
except TypeError as err:
    print("TypeError:", err)
try:
    Counter(1)
except TypeError as err:
    print("TypeError:", err)

# subclassing
class Tally(Counter):
    def top(self):
        return self.most_common(1)[0][0]

t = Tally("hello world")
print(t.top(), t["l"], type(t).__name__)
print(repr(Tally()))
print(t)

# word counting program
text = """the quick brown fox jumps over the lazy dog the fox"""
words = Counter(text.split())
for word, n in words.most_common(3):
    print(f"{word:>6}: {n}")
print(sum(words.values()), len(words))
