# json: less common options and values, encoder/decoder classes, round trips.
import json
from enum import Enum, IntEnum
from dataclasses import dataclass, asdict

print(json.dumps([1, 2], indent=2, separators=(", ", ": ")))
print(json.dumps({"a": {"b": [1, {"c": []}]}}, indent="  ", sort_keys=True))
print(json.dumps({"k": 1}, indent=-1), json.dumps([1], indent=0), json.dumps([[], {}], indent=3))
print(json.dumps(chr(0xd800) + " lone surrogate"), json.dumps(chr(0xdfff), ensure_ascii=False) == chr(34) + chr(0xdfff) + chr(34))
print(json.dumps("\u0000\u001f\u0020\u007e\u007f\u0080\uffff"))
print(json.dumps({"z": 1, "a": 2, "m": {"y": 1, "b": 2}}, sort_keys=True, indent=1))
print(json.dumps({2: "b", 10: "a", 1: "c"}, sort_keys=True), json.dumps({1.5: 0, 0.25: 1}, sort_keys=True))
print(json.dumps(True), json.dumps([False, None]), json.dumps(12345678901234567890123), json.dumps(-0))
print(json.dumps([1e-5, 1e21, 1e20, 5e-324, 1.7976931348623157e308, 123.0, 0.5]))

class Color(Enum):
    RED = "red"
class Level(IntEnum):
    HIGH = 3
print(json.dumps({"level": Level.HIGH, "levels": [Level.HIGH]}))
print(json.dumps({"color": Color.RED}, default=lambda o: o.value))
try:
    json.dumps(Color.RED)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Item:
    name: str
    price: float
    tags: list
items = [Item("pen", 1.5, ["office"]), Item("cup", 4.0, [])]
text = json.dumps([asdict(i) for i in items], indent=2)
print(text)
print([Item(**d) for d in json.loads(text)])

class ComplexEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Item):
            return {"__item__": [o.name, o.price]}
        return super().default(o)
enc = ComplexEncoder(indent=1, sort_keys=True)
print(enc.encode({"b": items[0], "a": 1}))
print(list(ComplexEncoder().iterencode([1, items[1]]))[:3])
print(enc.indent, enc.sort_keys, enc.item_separator, repr(enc.key_separator), json.JSONEncoder().item_separator)

def item_hook(d):
    if "__item__" in d:
        name, price = d["__item__"]
        return Item(name, price, [])
    return d
print(json.loads(json.dumps({"x": items[0]}, cls=ComplexEncoder), object_hook=item_hook))

# decoder details
dec = json.JSONDecoder(object_pairs_hook=lambda pairs: pairs)
print(dec.decode('{"a": 1, "a": 2, "b": {"c": 3}}'))
print(json.loads("1.0"), json.loads("1e2"), json.loads("-12"), json.loads("0.1"), json.loads('"\\u00e9"'))
print(json.loads("[1.5, 2]", parse_float=str), json.loads("[1.5, 2]", parse_int=float))
print(json.loads(" \t\n\r[\r\n1\t]\n "))
for doc in ['{"a": 1', '[1, 2', '{"a": 1,', '[1,\n2,\n]', '{"x": [1, 2, {"y": tru}]}', '  \n  ', '"unterminated\\"']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e.msg, "at", e.pos, (e.lineno, e.colno))
try:
    json.loads('{"a": 1}', object_hook=lambda d: d["missing"])
except KeyError as e:
    print("KeyError from hook:", e)

# round trips
values = [0, -1, 3.25, "", "tab\tnew\nline", [], {}, [[[]]], {"": ""}, None, True, 2**70, -2.5e-8, "ünïcödé 😀"]
print(all(json.loads(json.dumps(v)) == v for v in values))
print(all(json.loads(json.dumps(v, ensure_ascii=False)) == v for v in values))
print(json.loads(json.dumps({1: 2, True: 3, None: 4})))

# json.dump writes the encoder's chunks one by one
class Recorder:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
rec = Recorder()
json.dump({"a": [1, "x", None], "b": {"c": 2.5}}, rec)
print(rec.parts)
rec2 = Recorder()
json.dump([1, [2, 3]], rec2, indent=1)
print(rec2.parts)
