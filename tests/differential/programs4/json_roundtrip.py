import json
from datetime import date, datetime


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return {"__date__": o.isoformat()}
        if isinstance(o, set):
            return {"__set__": sorted(o)}
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if "__set__" in d:
        return set(d["__set__"])
    return d


data = {
    "name": "Zoë",
    "tags": {"b", "a", "c"},
    "born": date(1990, 5, 17),
    "scores": [1, 2.5, -3e-7, 1e21, True, None],
    "nested": {"z": 1, "a": [{}, [], ""]},
    "quote": 'he said "hi"\n\ttab \\ slash',
    "unicode": "\u00e9\u4e2d\U0001f600",
    "z": complex(1, 2),
}
text = json.dumps(data, cls=Encoder)
print(text)
back = json.loads(text, object_hook=hook)
print(back["born"], type(back["born"]).__name__, back["tags"] == {"a", "b", "c"})
print(json.dumps(data, cls=Encoder, indent=2, sort_keys=True, ensure_ascii=False))
print(json.dumps([1, [2, [3, {"k": None}]]], separators=(",", ":")))
print(json.dumps({"a": 1, "b": [1, 2]}, indent="--"))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps(float("inf")), json.dumps([float("nan")]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "", "tru", '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:18} -> {e.msg} (line {e.lineno} col {e.colno} pos {e.pos})")
print(json.loads("[1.0, 2, -0.0, 1e400, 12345678901234567890]"))
print(json.loads('{"a": {"b": [true, false, null]}}', object_pairs_hook=list))
print(json.loads('"\\u00e9\\ud83d\\ude00"'), len(json.loads('"\\ud83d\\ude00"')))
print(json.loads("3.14", parse_float=lambda s: "F" + s), json.loads("7", parse_int=lambda s: int(s) * 2))
s = json.dumps({"k": "v"}, default=str)
print(s, json.loads(s) == {"k": "v"})
print(json.dumps("\x00\x1f\x7f\u2028"), json.dumps("é", ensure_ascii=True))
print(json.dumps((1, 2)), json.dumps({"t": (3,)}), json.dumps([], indent=4), json.dumps({}, indent=4))
