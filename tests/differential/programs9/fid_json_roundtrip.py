"""JSON round trips: config files, custom encoders, pretty printing."""
import json
from dataclasses import dataclass, asdict, field
from datetime import date


@dataclass
class Server:
    host: str
    port: int = 8080
    tags: list = field(default_factory=list)
    weight: float = 1.0
    enabled: bool = True
    meta: dict = None


config = {
    "name": "cluster-α",
    "version": 3,
    "ratio": 0.1,
    "big": 10**20,
    "servers": [asdict(Server("a.example", tags=["web", "eu"])), asdict(Server("b.example", 9000, weight=2.5, enabled=False))],
    "limits": {"cpu": 1.5, "mem": 2048, "nested": {"empty": [], "none": None, "t": (1, 2)}},
    "unicode": "naïve café ☃ \u0001 \"quoted\" back\\slash\ttab",
}

text = json.dumps(config)
print(text)
back = json.loads(text)
print(back == config, back["limits"]["nested"]["t"])
print(json.dumps(config, indent=2, sort_keys=True, ensure_ascii=False))
print(json.dumps([1, [2, [3, {}]], {}], indent=0))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({3: "int key", 1.5: "float", True: "bool", None: "none"}))
print(json.dumps([float("inf"), -float("inf"), 1e100, 1.0, -0.0, 123456789012345678]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)


class DateEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def decode_hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d


payload = {"when": date(2024, 4, 1), "ids": {3, 1, 2}}
enc = json.dumps(payload, cls=DateEncoder)
print(enc)
print(json.loads(enc, object_hook=decode_hook))
try:
    json.dumps({"x": object()})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps(payload, default=str))

for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "nul", '"\\x"', ""]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:14} -> {e.msg} (line {e.lineno} col {e.colno} pos {e.pos})")

print(json.loads('{"a": 1, "a": 2}'), json.loads("[1.0, 2, 1e2, -0]"), json.loads('"\\u00e9\\ud83d\\ude00"'))
print(json.loads("3.14159", parse_float=lambda s: s[:4]), json.loads("42", parse_int=float))
pairs = json.loads('{"z": 1, "a": 2}', object_pairs_hook=list)
print(pairs)
print(json.dumps("\u2028 </script>"), json.dumps(["é"], ensure_ascii=True))
print(json.dumps({"k": [1, {"n": None}]}, indent="\t"))
