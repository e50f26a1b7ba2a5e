# json.loads: values, numbers, strings, hooks, and CPython's JSONDecodeError messages.
import json

docs = [
    '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}',
    '[1, 2.5, -3, 1e3, 1E-2, -0, -0.0, 0.5e+1]',
    '"plain"',
    '  42  ',
    '123456789012345678901234567890',
    '-98765432109876543210.5',
    '1e400',
    'NaN',
    '[Infinity, -Infinity]',
    '"\\u00e9\\u2603\\ud83d\\ude00 \\n\\t\\"\\\\\\/"',
    '"\\ud800 lone"',
    '{"dup": 1, "dup": 2}',
    '[]',
    '{}',
    '[[[]]]',
    '\n\t{ "spaced" :\r\n [ 1 , 2 ] }\n',
    '"😀 astral"',
    '"\x7f"',
]
for doc in docs:
    v = json.loads(doc)
    print(repr(doc), "->", repr(v), type(v).__name__)

bad = [
    '', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '"a\\x"', '"\\u12"',
    '"a\nb"', '{"a":1} x', 'nul', 'tru', 'fals', '[', '{', '{"a"', '{"a":', '-', '01', '1.', '1e',
    '.5', '+1', '[1,2', '"\\', '{"a":1 "b":2}', '\n\n  [1,\n  ?]', '"😀" x', '[-]', "'single'",
    '{"a": 1}}', '[1]]', '\ufeff[1]', '{"a": [1, {"b": }]}', '"tab\there"', '"\\ud83d\\u12"',
]
for doc in bad:
    try:
        print(repr(doc), "->", repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), "JSONDecodeError:", e)
        print("   ", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == doc)

# JSONDecodeError is a ValueError
try:
    json.loads("[")
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.args)

# hooks
print(json.loads('{"a": 1.5, "b": 2}', parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: c.lower()))
print(json.loads('{"x": 1, "y": {"z": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('"a\nb"', strict=False))

from collections import OrderedDict
od = json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict)
print(od, type(od).__name__)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def as_point(d):
    if set(d) == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d
print(json.loads('[{"x": 1, "y": 2}, {"x": 3}]', object_hook=as_point))

# decoder classes
dec = json.JSONDecoder()
print(dec.decode('[1, 2]'))
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.raw_decode('xx[1]', 2))
print(dec.raw_decode('"😀"[2]'))

class UpperDecoder(json.JSONDecoder):
    def decode(self, s):
        return super().decode(s.upper())
print(json.loads('["abc"]', cls=UpperDecoder))

# type errors
for arg in [None, 5, ["x"]]:
    try:
        json.loads(arg)
    except TypeError as e:
        print("TypeError:", e)

# round trip
value = {"list": [1, 2.0, "three", None, True, {"nested": [[], {}]}], "unicode": "ü😀", "big": 2**64, "neg": -1.25e-8}
text = json.dumps(value)
print(text)
back = json.loads(text)
print(back == value, back)
print(json.loads(json.dumps(value, indent=3, sort_keys=True)) == value)
