# JSON round trips: nested config, custom encoders, sort_keys, indent, errors.
import json
from dataclasses import dataclass, asdict
from datetime import date

config = {
    "name": "demo-app",
    "version": [1, 4, 2],
    "debug": False,
    "ratio": 0.75,
    "limits": {"cpu": 2.5, "memory_mb": 512, "paths": None},
    "servers": [
        {"host": "alpha", "port": 8080, "tags": ["web", "eu"]},
        {"host": "beta", "port": 8081, "tags": []},
    ],
    "unicode": "café ☕",
}

text = json.dumps(config)
print(text)
print(json.dumps(config, indent=2, sort_keys=True))
print(json.dumps(config["servers"], separators=(",", ":")))
print(json.dumps(config["unicode"]), json.dumps(config["unicode"], ensure_ascii=False))
back = json.loads(text)
print(back == config, back["servers"][1], type(back["version"]).__name__)
print(json.loads("[1, 2.0, 3e2, -0.5, true, null, \"x\\ty\"]"))
print(json.loads('{"a": {"b": [1, {"c": "d"}]}}')["a"]["b"][1]["c"])


@dataclass
class Task:
    title: str
    due: date
    done: bool = False


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, Task):
            return {"__task__": asdict(o)}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def decode_hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if "__task__" in d:
        return Task(**d["__task__"])
    return d


tasks = [Task("write report", date(2024, 5, 1)), Task("ship", date(2024, 6, 15), True)]
payload = json.dumps({"tasks": tasks, "owners": {"bob", "amy"}}, cls=Encoder, indent=1)
print(payload)
restored = json.loads(payload, object_hook=decode_hook)
print(restored["tasks"][0], restored["owners"])
print(restored["tasks"][1].due.strftime("%d %b %Y"), restored["tasks"] == tasks)
try:
    json.dumps({"when": date(2024, 1, 1)})
except TypeError as e:
    print("TypeError:", e)
for bad in ['{"a": 1,}', "[1, 2", "nul", '{"a" 1}', ""]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:>12}: {e.msg} at pos {e.pos}")
print(json.dumps([1, "two", 3.0, None, True, {"k": (1, 2)}]))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))
print(json.dumps(float("inf")), json.dumps([float("nan")]))
print(json.loads('{"x": 1, "x": 2}'), json.loads("3.0"), json.loads('"\\u00e9"'))
print(json.dumps("line\nbreak \"quoted\" back\\slash"))
print(json.dumps({"b": 1, "a": [3, {"d": 4, "c": 5}]}, sort_keys=True, indent="\t"))
nested = json.loads(json.dumps(config), parse_float=lambda s: round(float(s) * 100))
print(nested["ratio"], nested["limits"]["cpu"])
