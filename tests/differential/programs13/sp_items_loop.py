# `for k, v in X.items()` loops: exact dicts, subclasses, user objects, odd targets.
from collections import OrderedDict, defaultdict, Counter

d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items():
    print(k, v)
for k, v in d.items():
    if v == 2:
        print("break at", k)
        break
else:
    print("no break")
for k, v in {}.items():
    print("never")
else:
    print("empty else")

# Composite and numeric keys keep their own identity (1.0, True, tuples, frozensets).
m = {1.0: "float", True: "bool?", (1, 2): "tuple", frozenset({3}): "fs", None: "none", -0.0: "negz"}
for k, v in m.items():
    print(repr(k), type(k).__name__, v)
big = {2**60 + 1: "big", 2**53: "p53", 1.5: "f"}
for k, v in big.items():
    print(k, v)

# Changing the size during the loop raises, as CPython does.
e = {i: i * i for i in range(5)}
try:
    for k, v in e.items():
        if k == 2:
            e[99] = 0
except RuntimeError as exc:
    print("RuntimeError", exc)
try:
    for k, v in e.items():
        del e[k]
except RuntimeError as exc:
    print("RuntimeError", exc)
print(sorted(e.items()))
# Replacing values (same size) is allowed.
for k, v in e.items():
    e[k] = v + 1
print(sorted(e.items()))

# Targets that are not plain names.
class Box:
    pass

b = Box()
slots = [0, 0]
for b.key, slots[1] in d.items():
    pass
print(b.key, slots)
for k, (x, y) in {"p": (1, 2), "q": [3, 4]}.items():
    print(k, x, y)
for [k, v] in d.items():
    print("list target", k, v)


# Subclasses of dict and other mappings.
class LoudDict(dict):
    def items(self):
        print("LoudDict.items called")
        for k in sorted(self):
            yield k, self[k]
        print("LoudDict.items finished")


ld = LoudDict(z=1, y=2, x=3)
for k, v in ld.items():
    print(k, v)
g = None


class Closing(dict):
    def items(self):
        try:
            for k in self:
                yield k, self[k]
        finally:
            print("generator closed")


for k, v in Closing(a=1, b=2, c=3).items():
    print("first", k, v)
    break
print("after break")

od = OrderedDict([("one", 1), ("two", 2)])
od.move_to_end("one")
for k, v in od.items():
    print(k, v)
dd = defaultdict(list)
dd["x"].append(1)
dd["y"]
for k, v in dd.items():
    print(k, v)
for k, v in Counter("abracadabra").items():
    print(k, v)


class Pairs:
    def __init__(self, items):
        self.data = items

    def items(self):
        return self.data


for k, v in Pairs([("a", 1), ["b", 2], "cd"]).items():
    print(k, v)
for bad in ([("a", 1, 2)], [("a",)], [5], 7):
    try:
        for k, v in Pairs(bad).items():
            print("got", k, v)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
try:
    for k, v in 42 .items():
        pass
except AttributeError as exc:
    print("AttributeError", exc)


# An exception raised in the body leaves the loop; the traceback line is the body's.
def body_raises():
    for k, v in {"a": 1, "b": 0}.items():
        print(k, 10 // v)


try:
    body_raises()
except ZeroDivisionError as exc:
    import traceback

    tb = traceback.extract_tb(exc.__traceback__)
    print("ZeroDivisionError", exc, [fr.line for fr in tb])

# Dict views iterated other ways still make tuples.
print(list(d.items()), [kv for kv in d.items()], sorted(d.items(), key=lambda kv: -kv[1]))
for kv in d.items():
    print(type(kv).__name__, kv)
