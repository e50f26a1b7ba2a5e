"""json: formatting options, hooks, Decimal parsing, error positions, custom encoders."""
import json
from collections import OrderedDict
from decimal import Decimal

doc = {"name": "Zoë", "tags": ["a", "b"], "n": 3, "ratio": 0.1, "nested": {"z": None, "a": True}, "empty": {}, "list0": []}
print(json.dumps(doc))
print(json.dumps(doc, ensure_ascii=False))
print(json.dumps(doc, sort_keys=True, indent=2))
print(json.dumps(doc, indent="\t", separators=(",", ": ")))
print(json.dumps(doc, separators=(",", ":"), sort_keys=True))
print(json.dumps([1, [2, [3, []]], {}], indent=0))
print(json.dumps({"a": [1, 2]}, indent=3, sort_keys=True))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps("\u2028 \x00 \t \" \\ / é 😀"), json.dumps("😀", ensure_ascii=False))
print(json.dumps([float("inf"), float("-inf"), float("nan"), 1e300, 1e-7, -0.0, 10**20]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({"s": {3, 1, 2}}, default=sorted))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)


print(json.dumps({"price": Decimal("9.99"), "z": 1 + 2j}, cls=Enc, sort_keys=True))
print(list(Enc(indent=1).iterencode([1, {"a": 2}])))
try:
    Enc().encode(object)
except TypeError as e:
    print("TypeError", e)

print(json.loads('{"b": 1, "a": 2, "b": 3}'))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"x": {"y": 1}}', object_pairs_hook=OrderedDict))
print(json.loads('[1.10, 2.5e3, 3]', parse_float=Decimal, parse_int=str))
print(json.loads('{"v": NaN, "w": -Infinity}'), json.loads('[Infinity]', parse_constant=lambda s: s))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads(b'{"bytes": "\\u00e9"}'), json.loads('"\\ud83d\\ude00"') == "😀")
print(json.loads("  [ 1 , 2 ]\n"), json.loads('"x"'), json.loads("null"), json.loads("-0"), json.loads("-0.0"))

bad = ['{"a": 1,}', '[1, 2', '{"a" 1}', "", "[1] x", '{"a": tru}', '"abc', "{'a': 1}", '[01]', '{"a":\n  [1,\n   2,, 3]}', '"\\x"', '"a\tb"', "[-]", "1e", '{"a": 1 "b": 2}']
for s in bad:
    try:
        json.loads(s)
        print("parsed", s)
    except json.JSONDecodeError as e:
        print(f"{s!r}: {e.msg} | pos={e.pos} line={e.lineno} col={e.colno} | {e}")
print(json.loads('"a\tb"', strict=False))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('[2]   '))
try:
    dec.raw_decode("  [1]")
except json.JSONDecodeError as e:
    print("raw_decode:", e)
print(isinstance(json.JSONDecodeError("m", "doc", 0), ValueError))
