"""json: dumps options, default hooks, custom encoder/decoder, errors."""
import json
from datetime import date
from decimal import Decimal

data = {
    "name": "Widget",
    "tags": ["a", "b"],
    "price": 9.99,
    "stock": None,
    "active": True,
    "dims": {"w": 1.0, "h": 2.5, "d": 10},
    "ratio": 1e-7,
    "big": 12345678901234567890,
    "unicode": "naïve ☕ 🐍",
    "empty": {},
    "nested": [[], [1, [2, [3]]]],
}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, 2, {"a": [3]}], indent="\t"))
print(json.dumps({"b": 1, "a": 2, 3: "x", 1.5: "y", None: 0, True: 1}, sort_keys=False))
print(json.dumps((1, 2)), json.dumps("quote\" back\\ nl\n tab\t ctrl\x01"), json.dumps(float("inf")), json.dumps(-0.0))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"when": date(2024, 1, 2)})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)


def default(o):
    if isinstance(o, date):
        return {"__date__": o.isoformat()}
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot serialize {type(o).__name__}")


payload = {"when": date(2024, 1, 2), "amount": Decimal("10.50"), "ids": {3, 1, 2}}
text = json.dumps(payload, default=default, indent=1)
print(text)


def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d


back = json.loads(text, object_hook=hook)
print(back, type(back["when"]).__name__)


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps({"z": 1 + 2j}, cls=Encoder))
try:
    json.dumps({"o": object()}, cls=Encoder)
except TypeError as e:
    print("TypeError:", e)

parsed = json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}, "d": "\\u00e9\\ud83d\\udc0d"}')
print(parsed, type(parsed["a"][1]).__name__, parsed["b"]["c"])
print(json.loads("[1.0, 2, 1e2, -0, 1E-2]"), json.loads('"plain"'), json.loads("  42 "), json.loads("NaN"))
print(json.loads('{"x": 1, "x": 2}'), json.loads("[]", object_pairs_hook=list), json.loads('{"a":1}', object_pairs_hook=list))
print(json.loads('1.5', parse_float=Decimal), json.loads('7', parse_int=float))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "tru", '{"a" 1}', '"unterminated', "[1] x"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e.msg} at line {e.lineno} col {e.colno} (pos {e.pos})")
print(issubclass(json.JSONDecodeError, ValueError))
rows = [{"id": i, "sq": i * i, "half": i / 2} for i in range(3)]
print(json.dumps(rows, indent=2, sort_keys=True))
print(json.dumps({"a": [1, 2]}, indent=0))
