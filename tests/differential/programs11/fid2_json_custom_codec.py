import json
from datetime import date, datetime
from decimal import Decimal
from enum import Enum


class Status(Enum):
    OPEN = "open"
    CLOSED = "closed"


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return {"__date__": o.isoformat()}
        if isinstance(o, Decimal):
            return {"__dec__": str(o)}
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if "__dec__" in d:
        return Decimal(d["__dec__"])
    return d


ticket = {
    "id": 17,
    "title": "Café menu — prices",
    "opened": date(2024, 5, 1),
    "status": Status.OPEN,
    "amount": Decimal("19.990"),
    "tags": {"menu", "urgent", "cafe"},
    "ratio": 0.1 + 0.2,
    "nested": {"z": None, "a": [True, False, 1e100, -0.0, 10**20]},
}
text = json.dumps(ticket, cls=Encoder, indent=2, sort_keys=True)
print(text)
back = json.loads(text, object_hook=hook)
print(back["opened"], type(back["opened"]).__name__, back["amount"], back["tags"], back["ratio"])
print(json.dumps(ticket, cls=Encoder, ensure_ascii=False, separators=(",", ":"))[:80])
print(json.dumps([1, "two", None, {"3": 4.0}], indent="\t"))
print(json.dumps({"b": 1, "a": {"d": [], "c": {}}}, indent=0))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps("\u2603 \n \t \" \\ \x00"), json.dumps("\U0001f600"))
print(json.loads('{"a": 1.0, "b": 1e2, "c": -0, "d": 12345678901234567890}'))
print(json.loads("[1.5, 2]", parse_float=Decimal), json.loads('{"x": 2}', parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity, -Infinity]'), json.dumps([float("nan"), float("inf")]))
pairs = json.loads('{"k": 1, "k": 2, "j": 3}', object_pairs_hook=list)
print(pairs)
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "", "tru", '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:16} -> {e.msg} (line {e.lineno} col {e.colno} pos {e.pos})")
try:
    json.dumps({"s": object()})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps(Status.CLOSED, default=lambda o: o.name), json.dumps((1, 2)), json.dumps(3.0), json.dumps(1 / 3))
