# A hand-written JSON-like serializer (with pretty printing) and parser.
ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
def escape(s):
    out = [ESCAPES.get(ch) or (f"\\u{ord(ch):04x}" if ord(ch) < 0x20 else ch) for ch in s]
    return '"' + "".join(out) + '"'
def dumps(v, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if v is None or v is True or v is False:
        return {None: "null", True: "true", False: "false"}[v]
    if isinstance(v, (int, float)):
        if v != v or v in (float("inf"), float("-inf")):
            raise ValueError(f"cannot serialize {v!r}")
        return repr(v)
    if isinstance(v, str):
        return escape(v)
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        return "[" + sep.join(pad + dumps(x, indent, level + 1) for x in v) + end + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = []
        for k, x in v.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + escape(k) + ": " + dumps(x, indent, level + 1))
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(v).__name__} is not serializable")
def loads(text):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t\r":
            pos += 1
    def value():
        nonlocal pos
        ws()
        ch = text[pos]
        if ch == "{":
            pos += 1
            out = {}
            ws()
            if text[pos] == "}":
                pos += 1
                return out
            while True:
                ws()
                k = value()
                ws()
                assert text[pos] == ":", f"expected ':' at {pos}"
                pos += 1
                out[k] = value()
                ws()
                if text[pos] == "}":
                    pos += 1
                    return out
                pos += 1
        if ch == "[":
            pos += 1
            out = []
            ws()
            if text[pos] == "]":
                pos += 1
                return out
            while True:
                out.append(value())
                ws()
                if text[pos] == "]":
                    pos += 1
                    return out
                pos += 1
        if ch == '"':
            pos += 1
            buf = []
            while text[pos] != '"':
                if text[pos] == "\\":
                    esc = text[pos + 1]
                    if esc == "u":
                        buf.append(chr(int(text[pos + 2:pos + 6], 16)))
                        pos += 6
                        continue
                    buf.append({"n": "\n", "t": "\t"}.get(esc, esc))
                    pos += 2
                else:
                    buf.append(text[pos])
                    pos += 1
            pos += 1
            return "".join(buf)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        return float(num) if any(c in num for c in ".eE") else int(num)
    return value()
doc = {"name": "pyjs", "version": [0, 1, 2], "stable": False, "score": 9.75, "big": 2 ** 70,
       "tags": ["compiler", "js", "quote\"d", "tab\there", "ctrl\x01"], "empty": {}, "none": None,
       "nested": {"list": [[], [1, {"deep": True}]], "unicode": "héllo 😀", "neg": -0.5e-7}}
compact = dumps(doc)
print(compact)
pretty = dumps(doc, indent=2)
print(pretty)
back = loads(pretty)
print(back == doc, loads(compact) == doc, back["nested"]["list"][1][1], back["tags"][4] == "ctrl\x01")
for bad in [{1: "x"}, {"s": {1, 2}}, [float("nan")]]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
