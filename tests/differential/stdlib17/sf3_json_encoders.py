"""json with custom JSONEncoder subclasses and cls=, object_hook/object_pairs_hook, parse_float/parse_int/parse_constant, errors."""
import json
from dataclasses import dataclass, asdict, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from collections import OrderedDict


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Item:
    name: str
    price: Decimal
    tags: list = field(default_factory=list)
    when: date = date(2024, 1, 15)


class RichEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        if isinstance(o, Enum):
            return o.name
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, Fraction):
            return {"__fraction__": [o.numerator, o.denominator]}
        if hasattr(o, "__dataclass_fields__"):
            return {"__type__": type(o).__name__, **asdict(o)}
        return super().default(o)


data = {
    "items": [Item("pen", Decimal("1.50"), ["office"]), Item("cup", Decimal("4.25"), when=date(2023, 12, 31))],
    "color": Color.GREEN,
    "ids": {3, 1, 2},
    "ratio": Fraction(3, 8),
    "stamp": datetime(2024, 5, 6, 7, 8, 9),
}
text = json.dumps(data, cls=RichEncoder, indent=2, sort_keys=True)
print(text)
print(json.dumps(data, cls=RichEncoder, separators=(",", ":"))[:120])
try:
    json.dumps({"x": object()}, cls=RichEncoder)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(Decimal("1"))
except TypeError as e:
    print("TypeError:", e)


def hook(d):
    if "__fraction__" in d:
        return Fraction(*d["__fraction__"])
    if d.get("__type__") == "Item":
        return Item(d["name"], Decimal(d["price"]), d["tags"], date.fromisoformat(d["when"]))
    return d


back = json.loads(text, object_hook=hook)
print(back["items"], back["ratio"], back["ids"])
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads("[1.10, 2, 3e2]", parse_float=Decimal, parse_int=float))
print(json.loads("[NaN, Infinity, -Infinity]", parse_constant=lambda s: f"<{s}>"))
print(json.dumps([float("nan"), float("inf")]), json.dumps({"k": -0.0, "big": 10**20, "f": 1e-7, "g": 1.0}))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)


class CompactEncoder(json.JSONEncoder):
    item_separator = ","
    key_separator = "="

    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper() if chunk.startswith('"') else chunk


print(json.dumps({"ab": ["cd", 1]}, cls=CompactEncoder))
enc = json.JSONEncoder(sort_keys=True, indent="\t", ensure_ascii=False)
print(enc.encode({"z": "ü", "a": [1, {"y": None}], "m": True}))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))
print(json.dumps("ü€😀\n\t\"\\"), json.dumps("ü€😀", ensure_ascii=False))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
try:
    json.dumps({(1, 2): "tuple"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "tuple", "ok": 1}, skipkeys=True))
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError:", e)
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', '"unterminated', "01", "[1] x", "", "{'a': 1}", '"\\x"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:16} {e.msg} | line {e.lineno} col {e.colno} pos {e.pos}")
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.decode(" [true, false, null] "))
print(json.dumps(3.14159, indent=4), json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=1))


class Money(float):
    pass


class Tag(str):
    pass


print(json.dumps([Money(2.5), Tag("x"), True, 7]), json.loads(json.dumps({"t": Tag("v")})))
