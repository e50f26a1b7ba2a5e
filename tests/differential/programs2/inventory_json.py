import json
from collections import OrderedDict

raw = """
{
  "store": "Corner Shop",
  "open": true,
  "rating": 4.5,
  "owner": null,
  "products": [
    {"id": 1, "name": "Apple", "price": 0.5, "stock": 100, "tags": ["fruit", "fresh"]},
    {"id": 2, "name": "Bread", "price": 2.25, "stock": 0, "tags": ["bakery"]},
    {"id": 3, "name": "Caf\\u00e9 beans", "price": 12.0, "stock": 7, "tags": []},
    {"id": 4, "name": "Milk", "price": 1.1, "stock": 24, "tags": ["dairy", "fresh"]}
  ]
}
"""
data = json.loads(raw)
print(type(data).__name__, sorted(data))
print(data["products"][2]["name"], data["open"], data["owner"], data["rating"])
in_stock = [p for p in data["products"] if p["stock"] > 0]
print(json.dumps([p["name"] for p in in_stock]))
print(json.dumps([p["name"] for p in in_stock], ensure_ascii=False))
summary = {
    "count": len(data["products"]),
    "value": round(sum(p["price"] * p["stock"] for p in data["products"]), 2),
    "tags": sorted({t for p in data["products"] for t in p["tags"]}),
    "empty": [p["id"] for p in data["products"] if not p["stock"]],
    "ratio": 1 / 3,
    "big": 10 ** 20,
    "nested": {"a": (1, 2), "b": None, "c": False},
}
print(json.dumps(summary))
print(json.dumps(summary, indent=2, sort_keys=True))
print(json.dumps(summary, separators=(",", ":")))
print(json.dumps({"x": float("inf")}, allow_nan=True))
try:
    json.dumps({"x": float("nan")}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)


class Money:
    def __init__(self, cents):
        self.cents = cents


def enc(o):
    if isinstance(o, Money):
        return {"$money": o.cents}
    raise TypeError(f"not serializable: {type(o).__name__}")


def dec(d):
    if "$money" in d:
        return Money(d["$money"])
    return d


s = json.dumps({"price": Money(1999), "qty": 2}, default=enc)
print(s)
back = json.loads(s, object_hook=dec)
print(type(back["price"]).__name__, back["price"].cents, back["qty"])
print(json.loads('[1, 2.0, "3", true, null, {"k": [ ]}]'))
od = json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict)
print(od)
print(json.dumps("tab\there \"quoted\" \\ slash / \u2603"))
print(json.loads('"\\ud83d\\ude00"') == "\U0001F600")
print(json.dumps([1.0, 2.5e-8, 1e22, -0.0, 123456789012345678]))
