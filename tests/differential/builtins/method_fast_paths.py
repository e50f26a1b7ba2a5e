# Fast paths for common builtin method calls must keep Python semantics for other receivers.


class MyList(list):
    def append(self, x):
        super().append(x * 10)


class MyDict(dict):
    def get(self, k, d=None):
        return ("override", k, d)

    def setdefault(self, k, d=None):
        return ("sd", k, d)


class Bag:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x)
        return "appended"

    def get(self, k, d="dflt"):
        return (k, d)

    def split(self, sep=None):
        return ["bag", sep]

    def join(self, it):
        return "|".join(it)

    def lower(self):
        return "BAG"


lst = []
print(lst.append(1), lst)
ml = MyList()
ml.append(2)
print(ml, type(ml).__name__)
b = Bag()
print(b.append(3), b.items, b.get("k"), b.get("k", 1), b.split(), b.split(","), b.join(["a", "b"]), b.lower())

d = {"a": 1, 2: "two", (1, 2): "tup", 1.0: "float"}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get(2), d.get(2.0), d.get(True), d.get((1, 2)))
print(d.setdefault("a", 5), d.setdefault("n", []), d.setdefault("m", None), d)
md = MyDict(a=1)
print(md.get("a"), md.get("a", 2), md.setdefault("x", 1))
try:
    d.get([1])
except TypeError as e:
    print("TypeError", e)
try:
    d.setdefault({}, 1)
except TypeError as e:
    print("TypeError", e)

s = "  Hello World\tAgain\n "
print(s.split(), s.split(None), s.split(" "), s.strip(), s.strip(" \n"), s.strip(None), s.lower(), s.upper())
print("a,b,,c".split(","), "".split(), "".split(","), "x".strip("x"), "ǅ ΣΑΣ ß".lower(), "ß ﬁ".upper())
print("-".join(["a", "b"]), "".join(x for x in "abc"), ",".join({"k": 1, "j": 2}))
print("hello".startswith("he"), "hello".startswith(""), "hello".endswith("lo"), "hi".startswith("hello"))
print("hello".startswith(("x", "h")), "hello".endswith(("x", "y")))
print("aaa".replace("a", "b"), "abc".replace("", "-"), "😀a😀".replace("a", "😀"), "😀x".strip("😀"))
for bad in [lambda: "a".split(""), lambda: "a".split(1), lambda: "a".strip(1), lambda: "-".join([1, 2]),
            lambda: "a".startswith(1), lambda: "a".replace(1, "b"), lambda: [].get(1), lambda: "a".append(1)]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)


class Vec:
    def __init__(self, x):
        self.x = x

    def add(self, o):
        return Vec(self.x + o.x)

    def pop(self, i=None):
        return ("Vec.pop", i)

    def items(self):
        return ["vec-items"]

    def extend(self, o):
        return "extended"


class MySet(set):
    def add(self, x):
        super().add(x * 2)


v = Vec(1).add(Vec(2))
print(v.x, Vec(0).pop(), Vec(0).pop(3), Vec(0).items(), Vec(0).extend([]))
ms = MySet()
ms.add(4)
st = {1}
print(st.add(2), st, ms, st.pop(), st)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print("AttributeError", e)
q = [1, 2, 3, 4, 5]
print(q.pop(0), q.pop(), q.pop(-2), q.pop(1), q, q.extend(range(3)), q, q.extend(q), q)
for i in [9, -9]:
    try:
        q.pop(i)
    except IndexError as e:
        print("IndexError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
d = {"a": 1, "b": 2}
print(d.items(), d.keys(), d.values(), d.pop("a"), d.pop("z", 0), list(d.items()))
