"""json: decode errors with their positions, and every dumps/loads option."""
import json
from decimal import Decimal
from collections import OrderedDict
import enum

bad_docs = [
    '', ' ', '{', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', "{'a': 1}", '{"a": 1}}',
    '[1] [2]', 'nul', 'tru', '"abc', '"a\\qb"', '"\\u12"', '01', '1.', '-', '{"a":\n  [1,\n   2,,\n]}',
    '[\n\n  "x"\n  "y"]', 'NaN1', '"tab\there"', '{"k": "v" , }', '\ufeff{}', '[1e400]', '123abc',
]
for doc in bad_docs:
    try:
        v = json.loads(doc)
        print("ok", repr(doc), v)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e.msg, "| pos", e.pos, "line", e.lineno, "col", e.colno, "|", e)

print(json.loads('[NaN, Infinity, -Infinity, 1E+2, -0, -0.0, 1e-7, 12345678901234567890]'))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=lambda p: p))
print(json.loads('{"x": 1.5, "y": [2.25]}', parse_float=Decimal))
print(json.loads('[1, 2.0]', parse_int=lambda s: int(s) * 10, parse_float=str))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: "<" + s + ">"))
print(json.loads('{"__complex__": true, "re": 1, "im": 2}',
                 object_hook=lambda d: complex(d["re"], d["im"]) if "__complex__" in d else d))
print(json.loads(b'{"bytes": "\\u00e9\\ud83d\\ude00"}'))

data = {"name": "caf\u00e9 \u2603", "n": [1, 2.5, 1e20, 1e-5, float("inf")], "nested": {"z": None, "a": True},
        10: "int key", 2.5: "float key", None: "none key", False: "bool"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps({"b": 1, "a": [1, {"d": 2, "c": 3}]}, sort_keys=True, indent=2))
print(json.dumps([1, [2, [3, []]], {}], indent="\t"))
print(json.dumps({"a": [1, 2], "b": {}}, indent=0))
print(json.dumps({"a": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, indent=1, separators=(", ", " = ")))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
try:
    json.dumps({"b": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {3, 1, 2}, "d": Decimal("1.10")},
                 default=lambda o: sorted(o) if isinstance(o, set) else str(o)))
cyc = []
cyc.append(cyc)
try:
    json.dumps(cyc)
except ValueError as e:
    print("ValueError:", e)

class Color(enum.IntEnum):
    RED = 1
class Tag(str, enum.Enum):
    A = "a"
print(json.dumps([Color.RED, Tag.A, True, 3.0, -0.0, 10**20]))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))
print(json.dumps("\x00\x1f\x7f\u2028</script>"))

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)
print(json.dumps({"c": 1 + 2j}, cls=Enc))
print(list(Enc(indent=None).iterencode({"a": [1, 2]})))
try:
    Enc().encode(object())
except TypeError as e:
    print("TypeError:", e)
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.raw_decode('[1, 2]   ', 0))
try:
    dec.raw_decode('  [1]')
except json.JSONDecodeError as e:
    print(e)
import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=2)
print(buf.getvalue())
print(json.load(io.StringIO('{"k": [1, 2]}')))
print(json.dumps(1.0), json.dumps(0.1 + 0.2), json.dumps(1e16), json.dumps(123456789.0), json.dumps(-1e-300))
