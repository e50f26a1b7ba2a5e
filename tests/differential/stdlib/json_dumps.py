# json.dumps: types, floats, escapes, indent, separators, sort_keys, default, errors.
import json
from collections import OrderedDict, namedtuple, Counter

data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "score": 9.5, "ok": True, "none": None}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent="--"))
print(json.dumps([1, [2, [3, []], {}]], indent=0))
print(json.dumps({"a": [1, 2]}, indent=1, separators=(", ", " = ")))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))

# scalars and floats
for v in [0, -1, 10**20, -(2**70), 1.0, -0.0, 0.1, 1e16, 1.5e-10, 123456.789, 1e22, 2.5e-5, float("nan"), float("inf"), -float("inf"), True, False, None, "", "x"]:
    print(repr(v), "->", json.dumps(v))

# strings and escapes
s = 'quote " backslash \\ slash / newline \n tab \t cr \r bs \b ff \f nul \x00 esc \x1b del \x7f'
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
u = "café ñ 漢字 \u2028 😀 \U0001f680"
print(json.dumps(u))
print(json.dumps(u, ensure_ascii=False))
print(json.dumps({"ключ": "значение"}, ensure_ascii=False))

# keys
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps({False: 0, 0.1: 1, -3: 2}))
print(json.dumps({(1, 2): "tuple", "ok": 1}, skipkeys=True))
print(json.dumps({"b": 1, "a": {"d": 4, "c": 3}}, sort_keys=True))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))

# containers: tuples, namedtuples, dict subclasses
P = namedtuple("P", "x y")
print(json.dumps({"t": (1, 2), "p": P(3, 4), "nested": [(5,), ()]}))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))
print(json.dumps(Counter("aab")))

# default hook
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def encode_point(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")

print(json.dumps([Point(1, 2), {3, 1, 2}], default=encode_point))
print(json.dumps({"p": Point(0, 0)}, default=lambda o: o.__dict__, indent=2))
try:
    json.dumps([object()], default=encode_point)
except TypeError as e:
    print("TypeError:", e)

# custom encoder class
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return {"__set__": sorted(o)}
        return super().default(o)

print(json.dumps({"s": {2, 1}}, cls=SetEncoder))
print(json.dumps({"s": frozenset([5])}, cls=SetEncoder, indent=2))
print(SetEncoder().encode([1, {3}]))
print(json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode({"b": 1, "a": [1, 2]}))
print("".join(json.JSONEncoder().iterencode({"k": [1, 2]})))
try:
    json.dumps({"x": Point(1, 1)}, cls=SetEncoder)
except TypeError as e:
    print("TypeError:", e)

# errors
errors = [
    lambda: json.dumps({(1, 2): 3}),
    lambda: json.dumps(set()),
    lambda: json.dumps(Point(1, 2)),
    lambda: json.dumps(float("nan"), allow_nan=False),
    lambda: json.dumps([float("inf")], allow_nan=False),
    lambda: json.dumps({"a": 1, 2: 3}, sort_keys=True),
    lambda: json.dumps(1, bogus=2),
    lambda: json.dumps(1, 2),
    lambda: json.dumps(),
]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
shared = [1, 2]
print(json.dumps([shared, shared]))
print(json.dumps(a, check_circular=False, default=str) if False else "skip")

# a report
records = [{"id": i, "name": n, "tags": t} for i, (n, t) in enumerate([("a", ["x"]), ("b", []), ("c", ["y", "z"])])]
print(json.dumps({"count": len(records), "records": records}, indent=2))
