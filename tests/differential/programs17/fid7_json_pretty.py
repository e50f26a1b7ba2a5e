# A JSON-like pretty printer and parser written by hand: recursion over nested containers,
# string escaping, float formatting, key sorting, indentation, cycle detection, and a round trip.
import math


def esc(s):
    out = []
    for ch in s:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch in "\n\t\r\b\f":
            out.append({"\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}[ch])
        elif code < 0x20 or code > 0x7E:
            if code > 0xFFFF:
                code -= 0x10000
                out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
            else:
                out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dump(obj, indent=2, level=0, sort_keys=False, seen=None):
    seen = set() if seen is None else seen
    pad, inner = " " * (indent * level), " " * (indent * (level + 1))
    if obj is None:
        return "null"
    if obj is True or obj is False:
        return "true" if obj else "false"
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if math.isnan(obj) or math.isinf(obj):
            raise ValueError(f"out of range float: {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        return esc(obj)
    if id(obj) in seen:
        raise ValueError("circular reference detected")
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        seen.add(id(obj))
        items = sorted(obj.items()) if sort_keys else obj.items()
        parts = []
        for k, v in items:
            if not isinstance(k, str):
                if isinstance(k, (int, float, bool)) or k is None:
                    k = dump(k)
                else:
                    raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")
            parts.append(f"{inner}{esc(k)}: {dump(v, indent, level + 1, sort_keys, seen)}")
        seen.discard(id(obj))
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        seen.add(id(obj))
        if all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in obj) and len(obj) <= 6:
            r = "[" + ", ".join(dump(x) for x in obj) + "]"
        else:
            r = "[\n" + ",\n".join(inner + dump(x, indent, level + 1, sort_keys, seen) for x in obj) + "\n" + pad + "]"
        seen.discard(id(obj))
        return r
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


class Parser:
    def __init__(self, text):
        self.t, self.i = text, 0

    def ws(self):
        while self.i < len(self.t) and self.t[self.i] in " \n\t\r":
            self.i += 1

    def error(self, msg):
        line = self.t.count("\n", 0, self.i) + 1
        col = self.i - (self.t.rfind("\n", 0, self.i) + 1) + 1
        return ValueError(f"{msg}: line {line} column {col} (char {self.i})")

    def value(self):
        self.ws()
        if self.i >= len(self.t):
            raise self.error("Expecting value")
        c = self.t[self.i]
        if c == "{":
            self.i += 1
            d = {}
            self.ws()
            if self.t[self.i] == "}":
                self.i += 1
                return d
            while True:
                self.ws()
                k = self.value()
                self.ws()
                if self.t[self.i] != ":":
                    raise self.error("Expecting ':' delimiter")
                self.i += 1
                d[k] = self.value()
                self.ws()
                c = self.t[self.i]
                self.i += 1
                if c == "}":
                    return d
                if c != ",":
                    raise self.error("Expecting ',' delimiter")
        if c == "[":
            self.i += 1
            out = []
            self.ws()
            if self.t[self.i] == "]":
                self.i += 1
                return out
            while True:
                out.append(self.value())
                self.ws()
                c = self.t[self.i]
                self.i += 1
                if c == "]":
                    return out
                if c != ",":
                    raise self.error("Expecting ',' delimiter")
        if c == '"':
            j = self.i + 1
            buf = []
            while self.t[j] != '"':
                if self.t[j] == "\\":
                    e = self.t[j + 1]
                    if e == "u":
                        code = int(self.t[j + 2:j + 6], 16)
                        j += 6
                        if 0xD800 <= code < 0xDC00 and self.t[j:j + 2] == "\\u":
                            low = int(self.t[j + 2:j + 6], 16)
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            j += 6
                        buf.append(chr(code))
                        continue
                    buf.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(e, e))
                    j += 2
                else:
                    buf.append(self.t[j])
                    j += 1
            self.i = j + 1
            return "".join(buf)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.t.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.t) and self.t[j] in "+-0123456789.eE":
            j += 1
        if j == self.i:
            raise self.error("Expecting value")
        num = self.t[self.i:j]
        self.i = j
        return float(num) if any(ch in num for ch in ".eE") else int(num)


doc = {"name": "Widget \"Pro\"", "tags": ["a\tb", "ünï", "😀"], "price": 12.5, "qty": 3, "ratio": 1 / 3,
       "nested": {"empty": {}, "list": [], "deep": [[1, 2], {"x": None, "y": True}], "big": 2 ** 70, "neg": -0.0},
       "coords": (1.5, -2, 3e-7), 5: "int key", None: "none key", 2.5: "float key", False: "bool key"}
text = dump(doc)
print(text)
print(dump(doc, indent=4, sort_keys=False) == dump(doc, indent=4), len(text))
back = Parser(text).value()
print(back["name"], back["tags"], back["nested"]["big"] == 2 ** 70, back["coords"], back["5"], back["null"], back["2.5"], back["false"])
print(dump({"b": 1, "a": [True, False, None]}, indent=1, sort_keys=True))
loop = [1, 2]
loop.append(loop)
for bad in [loop, {"k": float("nan")}, {(1, 2): 3}, {1: {2}}, [float("-inf")]]:
    try:
        dump(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in ['{"a" 1}', "[1, 2", "[1 2]", "", '{"k": tru}']:
    try:
        print(Parser(bad).value())
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
shared = [1]
print(dump({"a": shared, "b": shared}, indent=0))
