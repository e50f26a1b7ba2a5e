"""A hand-written JSON-like pretty printer and a small parser for it."""


def pretty(value, indent=2, width=40, level=0, sort_keys=False):
    pad = " " * (indent * level)
    inner = " " * (indent * (level + 1))
    flat = compact(value, sort_keys)
    if len(flat) + len(pad) <= width or not isinstance(value, (dict, list, tuple)):
        return flat
    if isinstance(value, dict):
        keys = sorted(value, key=str) if sort_keys else list(value)
        parts = [f"{inner}{compact(str(k))}: {pretty(value[k], indent, width, level + 1, sort_keys)}" for k in keys]
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    parts = [inner + pretty(v, indent, width, level + 1, sort_keys) for v in value]
    return "[\n" + ",\n".join(parts) + "\n" + pad + "]"


def compact(value, sort_keys=False):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value:
            return "NaN"
        if value in (float("inf"), float("-inf")):
            return "Infinity" if value > 0 else "-Infinity"
        return repr(value)
    if isinstance(value, str):
        out = ['"']
        for ch in value:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ch == "\t":
                out.append("\\t")
            elif ord(ch) < 0x20 or ord(ch) > 0x7E:
                if ord(ch) > 0xFFFF:
                    v = ord(ch) - 0x10000
                    out.append(f"\\u{0xD800 + (v >> 10):04x}\\u{0xDC00 + (v & 0x3FF):04x}")
                else:
                    out.append(f"\\u{ord(ch):04x}")
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(value, dict):
        keys = sorted(value, key=str) if sort_keys else list(value)
        return "{" + ", ".join(f"{compact(str(k))}: {compact(value[k], sort_keys)}" for k in keys) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(compact(v, sort_keys) for v in value) + "]"
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")


class Reader:
    def __init__(self, text):
        self.s, self.i = text, 0

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t\r":
            self.i += 1

    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            self.i += 1
            out = {}
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return out
            while True:
                self.ws()
                k = self.value()
                self.ws()
                assert self.s[self.i] == ":", f"colon expected at {self.i}"
                self.i += 1
                out[k] = self.value()
                self.ws()
                if self.s[self.i] == ",":
                    self.i += 1
                    continue
                self.i += 1
                return out
        if c == "[":
            self.i += 1
            out = []
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return out
            while True:
                out.append(self.value())
                self.ws()
                sep = self.s[self.i]
                self.i += 1
                if sep == "]":
                    return out
        if c == '"':
            j = self.i + 1
            buf = []
            while self.s[j] != '"':
                if self.s[j] == "\\":
                    esc = self.s[j + 1]
                    if esc == "u":
                        buf.append(chr(int(self.s[j + 2:j + 6], 16)))
                        j += 6
                        continue
                    buf.append({"n": "\n", "t": "\t"}.get(esc, esc))
                    j += 2
                else:
                    buf.append(self.s[j])
                    j += 1
            self.i = j + 1
            text = "".join(buf)
            return text.encode("utf-16", "surrogatepass").decode("utf-16")
        for word, val in (("null", None), ("true", True), ("false", False), ("NaN", float("nan")),
                          ("Infinity", float("inf")), ("-Infinity", float("-inf"))):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.s) and self.s[j] in "+-0123456789.eE":
            j += 1
        num = self.s[self.i:j]
        self.i = j
        return float(num) if any(ch in num for ch in ".eE") else int(num)


doc = {
    "name": "pyjs",
    "version": (0, 15, 1),
    "ok": True,
    "missing": None,
    "ratio": 2 / 3,
    "big": 2 ** 70,
    "tiny": 1e-7,
    "nested": {"a": [1, 2, [3, 4, {"b": "c"}]], "empty": {}, "none": [], "z": -0.0},
    "text": 'say "hi"\n\tthen \\ leave é 日本 🐍',
    "inf": float("inf"),
    7: "int key",
}
print(compact(doc))
print(pretty(doc))
print(pretty(doc, indent=4, width=70, sort_keys=True))
back = Reader(compact(doc)).value()
print(back)
print(back["text"] == doc["text"], back["version"], back["7"], back["nested"]["z"])
try:
    compact({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    Reader('{"a" 1}').value()
except AssertionError as e:
    print("AssertionError:", e)
print(pretty([list(range(12)), [[1.5] * 3] * 2, "x" * 50], width=30))
print(repr(compact("\x00\x1f\x7f\u2028")))
