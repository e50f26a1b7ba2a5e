import json
from decimal import Decimal
from datetime import date, datetime
from collections import OrderedDict

data = {
    "name": "widget", "id": 42, "price": 19.99, "tags": ["a", "b"], "active": True,
    "meta": {"z": None, "a": [1, 2.5, {"deep": "é✓"}], "empty": {}, "elist": []},
    "ratio": 1e-7, "big": 12345678901234567890, "neg": -0.0,
}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", ensure_ascii=False)[:120])
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, [3, []]], {}], indent=0))
print(json.dumps({"a": 1}, indent=4, separators=(",", ": ")))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps("\u0000\x1f\"\\/\n\t\u2028 😀"))
print(json.dumps("😀", ensure_ascii=False))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)

def default(o):
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot serialize {type(o).__name__}")

print(json.dumps({"when": datetime(2024, 5, 6, 7, 8, 9), "d": date(2020, 1, 2), "amt": Decimal("1.10"), "s": {3, 1, 2}}, default=default))
try:
    json.dumps({"x": object()})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"x": 1j}, default=default)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)
print(json.dumps([1j, 2 + 3j], cls=Enc))
print(Enc(indent=1).encode({"k": [1]}))

text = '{"a": 1, "b": [true, false, null], "c": 1.50, "d": "x\\u00e9y", "e": {"f": -2e3}}'
print(json.loads(text))
print(json.loads(text, parse_float=Decimal))
print(json.loads(text, parse_int=float))
print(json.loads(text, object_pairs_hook=OrderedDict))
print(json.loads('[1, {"k": 2}]', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('"\\ud83d\\ude00"'), json.loads('NaN'), json.loads('-Infinity'))
print(json.loads(b'{"bytes": 1}'))
print(json.loads("  [1 , 2]  "))
print(json.loads('123'), json.loads('"s"'), json.loads('null'))

bad_docs = ['{"a": 1,}', '[1, 2', '{"a" 1}', '', 'tru', '{"a": 1}\n{"b": 2}', '[1,\n 2,\n oops]',
            "{'a': 1}", '"unterminated', '[1] x', '{"a":\n\n  }', '"\\x"', '01']
for doc in bad_docs:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)

dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
print(json.JSONDecodeError.__mro__[1].__name__)
import io
buf = io.StringIO()
json.dump({"x": [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))
print(json.dumps([1.0, 0.1, 1e16, 1.5e-10, 123456789.123]))
print(json.dumps({"t": (1, 2)}), json.dumps(True), json.dumps(None))
