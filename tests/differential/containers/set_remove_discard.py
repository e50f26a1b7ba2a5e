# set.remove/discard and list.remove through the fixed-arity helpers, with bail-outs to user
# classes, frozensets and subclasses; small sets resizing and reusing dummy slots keep
# CPython's iteration order.
s = set()
for i in range(12):
    s.add(i * 7 % 13)
    if i % 3 == 2:
        s.remove(i * 7 % 13)
print(s, len(s))
s.discard(100)
s.discard(0)
print(sorted(s), s)
for x in [-1, -2, 2 ** 40, 3.5, "a", (1, 2), frozenset({1})]:
    s.add(x)
print(len(s), -1 in s, -2 in s, (1, 2) in s, frozenset({1}) in s, 3.5 in s)
s.remove((1, 2))
s.remove(frozenset([1]))
s.remove(True if 1 in s else 1) if 1 in s else None
s.discard("a")
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
try:
    s.remove([1])
except TypeError as e:
    print("TypeError", e)
s.discard({1})
print(len(s))
t = {1, 2, 3}
t.remove(1.0)
t.discard(True + 1)
print(t)
fs = frozenset({1, 2})
for name in ("remove", "discard"):
    try:
        getattr(fs, name)(1)
    except AttributeError as e:
        print("AttributeError", e)
    try:
        if name == "remove":
            fs.remove(1)
        else:
            fs.discard(1)
    except AttributeError as e:
        print("AttributeError", e)
lst = [3, 1, 4, 1, 5]
lst.remove(1)
print(lst)
try:
    lst.remove(9)
except ValueError as e:
    print("ValueError", e)


class Bag:
    def __init__(self):
        self.items = []

    def remove(self, x):
        print("Bag.remove", x)
        return "removed"

    def discard(self, x):
        return ("discarded", x)


b = Bag()
print(b.remove(3), b.discard(4))


class MySet(set):
    def remove(self, x):
        print("MySet.remove", x)
        super().remove(x)


m = MySet([1, 2, 3])
m.remove(2)
m.discard(3)
print(m)
d = {"a": 1}
try:
    d.remove("a")
except AttributeError as e:
    print("AttributeError", e)
try:
    "abc".discard("a")
except AttributeError as e:
    print("AttributeError", e)
# Many small sets, each resized, used for membership and len.
count = 0
for p in range(2000):
    a = {(p * k) % 17 + k for k in range(9)}
    if len(a) == 9 and len(set((p + k) % 11 for k in range(9))) == 9:
        count += 1
print(count)
big = set(range(100))
for i in range(0, 100, 3):
    big.remove(i)
for i in range(200, 230):
    big.add(i)
print(len(big), list(big)[:10], list(big)[-5:])
