# json: dumps indent/sort_keys/separators/ensure_ascii/default, loads types and errors, round trips.
import json

data = {"name": "Zoë", "tags": ["a", "b"], "n": 3, "x": 2.5, "ok": True, "none": None, "nested": {"z": [], "a": {}}, "big": 10 ** 20, "f": 1e100, "neg0": -0.0}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.dumps([1, [2, [3, []]], {}], indent="\t"))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps("quote\" back\\ nl\n tab\t ctrl\x01 emoji😀"), json.dumps(float("inf")), json.dumps([float("nan")]))
print(json.dumps((1, 2)), json.dumps(set() if False else []), json.dumps({"a": 1}, indent=0))


class P:
    def __init__(self, x):
        self.x = x


print(json.dumps({"p": P(4)}, default=lambda o: {"P": o.x}))
try:
    json.dumps({"p": P(1)})
except TypeError as e:
    print(e)
s = '{"a": [1, 2.0, -3e2, true, false, null], "b": "\\u00e9\\n", "c": {"d": 1.5}}'
obj = json.loads(s)
print(obj, type(obj["a"][1]).__name__, type(obj["a"][2]).__name__)
print(json.loads("12"), json.loads('"s"'), json.loads("[]"), json.loads(" null "), json.loads("1E400"))
for bad in ['{"a": 1,}', "[1, 2", "tru", '{"a" 1}', ""]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("error:", e.msg, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1.0]", parse_float=str), json.loads('{"k": 5}', object_hook=lambda d: sorted(d.items())))
print(json.dumps(json.loads(json.dumps(data)), sort_keys=True) == json.dumps(data, sort_keys=True))
