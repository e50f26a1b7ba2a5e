"""Expected results for str.test.mjs, from CPython 3.11:

    python3 gen_str.py > data/str.json

Each case is [function, encoded positional arguments (pyval.enc), keyword arguments (name ->
encoded value), repr of the result or "ErrorType: message"]. A function is a str method name
(called on the first argument), or one of the names in the JS table of str.test.mjs.
"""
import json
import random
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from pyval import enc  # noqa: E402

rng = random.Random(20231125)
INF, NAN = float("inf"), float("nan")
cases = []


def outcome(f, *args, **kw):
    try:
        return repr(f(*args, **kw))
    except Exception as e:  # noqa: BLE001 - every exception is an expected value here
        return f"{type(e).__name__}: {e}"


def encode(v):
    if isinstance(v, dict):
        return {"d": [[encode(k), encode(x)] for k, x in v.items()]}
    if isinstance(v, (list, tuple)):
        e = [encode(x) for x in v]
        return {"t": e} if isinstance(v, tuple) else e
    return enc(v)


def add(name, f, *args, **kw):
    cases.append([name, [encode(a) for a in args], {k: encode(v) for k, v in kw.items()}, outcome(f, *args, **kw)])


def method(name, s, *args, **kw):
    add(name, lambda s, *a, **k: getattr(s, name)(*a, **k), s, *args, **kw)


STRS = ["", "a", "abc", "Hello World", "  spaced  out  ", "a,b,,c", "tab\there\tx", "hello world foo",
        "line1\nline2\r\nline3\rline4\x0bx\x0cy\x1cz\x85w\u2028v\n", "ÄÖÜäöüß", "straße", "ΣΑΣ ΟΔΟΣ Σ", "σς",
        "ǅungla ǆ", "ﬁne ﬂow", "İstanbul", "😀 emoji 🎉 x", "a😀b😀c", "123", "١٢٣", "²³", "½", "一二三", "MiXeD CaSe",
        "hello_world", "_private", "2abc", "  ", "\t\n", "\x00\x01\x7f", "ǈǉǊǋǌ", "ᾳ ᾼ ᾈ", "ŉ", "ΐ", "Ꭰꭰ", "ẞß",
        "They're bill's friends from the UK", "hello\u00a0world", "a\u3000b", "A1b2", "abc123", "ABC", "Abc Def",
        "Abc dEf", "ǅ", "'quoted'", '"dq"', "both'\"", "back\\slash", "\u200b\ufeff", "e\u0301", "\U0001F600",
        "\ud800", "x\u0378y", "🫨", "Ⓐⓐ", "ǰ", "ﬀ", "\u1e9e", "ῼ", "\u2160\u2170", "x²", "ㄱ", "ᏸ"]

CASE = ["capitalize", "casefold", "lower", "upper", "swapcase", "title", "isalnum", "isalpha", "isascii",
        "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle",
        "isupper"]
for s in STRS:
    for m in CASE:
        method(m, s)
    add("len", len, s)
    add("repr", repr, s)
    add("ascii", ascii, s)
    for i in [0, 1, -1, 2, -3, 10, -10]:
        add("getitem", lambda s, i: s[i], s, i)
    for lo, hi, st in [(None, None, None), (1, None, None), (None, -1, None), (1, 4, None), (None, None, -1),
                       (None, None, 2), (-2, None, -2), (10, None, None), (2, 1, None), (5, 0, -2), (0, 100, 3)]:
        add("slice", lambda s, a, b, c: s[a:b:c], s, lo, hi, st)
add("getitem", lambda s, i: s[i], "abc", 1.0)
add("getitem", lambda s, i: s[i], "abc", 10**20)
add("getitem", lambda s, i: s[i], "abc", True)
add("slice", lambda s, a, b, c: s[a:b:c], "abc", None, None, 0)
add("slice", lambda s, a, b, c: s[a:b:c], "abc", 1.5, None, None)
add("slice", lambda s, a, b, c: s[a:b:c], "abcdef", -10**30, 10**30, None)

# Every Latin-1, Greek and a sample of other characters through the predicates and mappings.
CHARS = "".join(chr(c) for c in range(0x250)) + "".join(chr(c) for c in range(0x370, 0x400)) + "".join(
    chr(rng.randrange(0x400, 0x30000)) for _ in range(400))
for i in range(0, len(CHARS), 16):
    chunk = CHARS[i:i + 16]
    for m in ["lower", "upper", "casefold", "swapcase", "title"]:
        method(m, chunk)
    for c in chunk:
        if 0xD800 <= ord(c) < 0xE000:
            continue
        for m in ["isalnum", "isalpha", "isdecimal", "isdigit", "isnumeric", "isprintable", "isspace", "islower",
                  "isupper", "istitle", "isidentifier"]:
            method(m, c)
        add("repr", repr, c)

SUBS = ["", "a", "b", "bc", "😀", "z", "l", "o", "ab"]
BOUNDS = [None, 0, 1, -1, -3, 2, 100, -100]
for s in ["", "abc", "hello world", "a😀b😀c", "abcabcab", "aaa"]:
    for sub in SUBS:
        for m in ["count", "find", "rfind", "index", "rindex", "startswith", "endswith"]:
            method(m, s, sub)
            for a in BOUNDS:
                method(m, s, sub, a)
                for b in [None, 2, -1, 0, 5]:
                    method(m, s, sub, a, b)
for m in ["count", "find", "startswith", "endswith", "index"]:
    method(m, "abc")
    method(m, "abc", 1)
    method(m, "abc", "a", "x")
    method(m, "abc", "a", 1.5)
    method(m, "abc", "a", 1, 2, 3)
    method(m, "abc", "a", start=1)
method("startswith", "abc", ("x", "a"))
method("startswith", "abc", ("x", 1))
method("endswith", "abc", ("b", "bc"), 0, 3)
method("startswith", "abc", ["a"])

for s in ["", " ", "a b  c ", "  a\tb\nc  ", "a,b,,c,", ",a,", "abcabc", "a😀b😀c", "x\u3000y\u00a0z\x1cw\x85v"]:
    for sep in [None, ",", " ", "ab", "😀", "", 1]:
        for n in [-1, 0, 1, 2, 10]:
            method("split", s, sep, n)
            method("rsplit", s, sep, n)
        method("split", s, sep)
        method("rsplit", s, sep)
        method("partition", s, sep)
        method("rpartition", s, sep)
    method("split", s)
    method("rsplit", s)
    method("split", s, maxsplit=1)
    method("split", s, sep=",", maxsplit=1)
    method("rsplit", s, None, maxsplit=1)
method("split", "a b", foo=1)
method("split", "a b", " ", sep=" ")
method("split", "a b", " ", 1, 2)
method("split", "a b", " ", 1.5)
for s in STRS[:12] + ["a\n\nb\n", "\n", "x\r\n\r\ny", ""]:
    method("splitlines", s)
    method("splitlines", s, True)
    method("splitlines", s, keepends=True)
    method("expandtabs", s)
    method("expandtabs", s, 4)
    method("expandtabs", s, tabsize=0)
method("expandtabs", "a\tb\n\tc\r\td", 3)
method("expandtabs", "😀\tb", 4)

for s in ["", "  abc  ", "xxabcxx", "\t\n abc \u3000\x85", "😀a😀", "aaa"]:
    for chars in [None, "", "x", " a", "😀a", "a😀", 5]:
        for m in ["strip", "lstrip", "rstrip"]:
            method(m, s, chars)
    for m in ["strip", "lstrip", "rstrip"]:
        method(m, s)
for s in ["", "abc", "a😀", "abcd"]:
    for w in [0, 3, 4, 5, 6, 7, -1, True]:
        for fill in [None, "*", "😀", "ab", 5]:
            for m in ["center", "ljust", "rjust"]:
                if fill is None:
                    method(m, s, w)
                else:
                    method(m, s, w, fill)
    method("center", s)
    method("center", s, "5")
    method("center", s, 5.0)
    for w in [0, 3, 5, 8, -2]:
        method("zfill", s, w)
for s in ["-42", "+7", "-", "+", "42", "-0.5"]:
    method("zfill", s, 6)

for s in ["", "aaa", "abcabc", "a😀b", "hello"]:
    for old, new in [("a", "x"), ("", "-"), ("abc", ""), ("😀", "!"), ("zz", "y"), ("l", "LL")]:
        for n in [None, -1, 0, 1, 2, 100]:
            if n is None:
                method("replace", s, old, new)
            else:
                method("replace", s, old, new, n)
method("replace", "abc", 1, "x")
method("replace", "abc", "a", 1)
method("replace", "abc", "a")
method("replace", "abc", "a", "b", count=1)
for sep, items in [(",", ["a", "b", "c"]), ("", ["x", "y"]), (", ", []), ("-", ["a", 1]), ("-", "abc"),
                   ("-", ("x",)), ("-", 5), ("😀", ["a", "b"]), ("-", {"k": 1, "j": 2}), ("-", [None])]:
    method("join", sep, items)
for s in ["hello", "", "abcabc", "a😀b"]:
    for p in ["", "he", "hello", "x", "a😀", "abc"]:
        method("removeprefix", s, p)
        method("removesuffix", s, p)
method("removeprefix", "abc", 1)
for s, args in [("hello", ("el", "ip")), ("hello", ("el", "ip", "o")), ("a😀b", ("😀", "x")), ("abc", ("ab", "a")),
                ("abc", ({"a": "1", "b": None, 99: "c"},)), ("abc", ({ord("a"): 66, "c": "CC"},)),
                ("abc", ({"ab": 1},)), ("abc", ("a",)), ("abc", ({1.5: 1},))]:
    add("translate_mt", lambda s, *a: s.translate(str.maketrans(*a)), s, *args)
    add("maketrans_items", lambda *a: sorted(str.maketrans(*a).items(), key=repr), *args)
add("translate", str.translate, "abc", {97: 120, 98: None, 99: "zz"})
add("translate", str.translate, "abc", {97: 2**21})
add("translate", str.translate, "abc", {97: 1.5})
add("translate", str.translate, "abc", ["A", "B"])
add("translate", str.translate, "\x00\x01\x02", ["A", None])

# Arity and keyword errors of every method.
NAMES = ("capitalize casefold center count encode endswith expandtabs find format_map index isalnum isalpha "
         "isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust "
         "lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit "
         "rstrip split splitlines startswith strip swapcase title translate upper zfill").split()
for m in NAMES:
    method(m, "abc", "a", "a", "a", "a", "a")
    if m not in ("maketrans",):
        method(m, "abc", "a", zz=1)
    if m not in ("encode", "expandtabs", "rsplit", "split", "splitlines", "lstrip", "rstrip", "strip") and not m.startswith("is") and m not in ("capitalize", "casefold", "lower", "upper", "swapcase", "title"):
        method(m, "abc")

# format(): the format-spec mini-language.
VALUES = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 10**20, -(10**25), 2**64, True, False,
          0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1234.5678, -1234.5678, 0.0001234, 123456789.0,
          1e16, 1e22, 1.5e-5, 1e-10, 3.14159265358979, 1 / 3, 9.995, 99.5, 0.05, 1e300, 5e-324, INF, -INF, NAN,
          "", "abc", "😀x", "hello world"]
SPECS = ["", "10", "<10", ">10", "^10", "=10", "*^11", "0", "010", "+", "-", " ", "+10", "z", "z.1f", "#", "#x",
         "#o", "#b", "#X", "x", "X", "o", "b", "c", "d", "n", "e", "E", "f", "F", "g", "G", "%", ".0", ".1",
         ".2", ".3", ".10", ".0f", ".1f", ".2f", ".3f", ".10f", ".20f", ".0e", ".2e", ".3E", ".0g", ".1g", ".2g",
         ".3g", ".10g", "#.3g", "#.0f", "#.0e", "#g", ",", "_", ",d", "_x", "_b", ",.2f", "_.3f", "015,.2f",
         "015_", "0=+15,", "08.3f", "-08.3f", "+08.3f", " 8.3f", "<08.3f", "^+12.3e", "10.3s", ".2s", "s",
         "x<5", "😀>6", "0>5", ">+05", "=+08", ",x", ",s", ",_", "_,", ",,", "10.", ".x", "ab", "5.5d", ".5d",
         "z5", "zd", "#c", "+c", "10c", "0^7", "03", ",n", "5n", ".3n", ".3%", "10%", "=10s", "+s", "#s",
         " s", "z s", "ζ", "010.3", "0<7", "#.3", "x^+#012.4e"]
for v in VALUES:
    for spec in SPECS:
        add("format", format, v, spec)
for c in [65, 0x1F600, 0x110000, -1, 10**20]:
    add("format", format, c, "c")
for _ in range(300):
    v = rng.choice([rng.uniform(-1e6, 1e6), rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30),
                    rng.randint(-10**6, 10**6) / 1000, round(rng.uniform(0, 100), rng.randint(0, 4))])
    spec = rng.choice(["", ".{}f", ".{}e", ".{}g", "{},.{}f", ".{}%", "+.{}f", "#.{}g", ".{}"]).format(
        rng.randint(0, 17), rng.randint(0, 12))
    add("format", format, v, spec)
    add("format", format, rng.randint(-10**30, 10**30), rng.choice(["", ",", "_", "x", "#o", "_b", "+,", "030,"]))

# printf-style formatting.
PERCENT = [
    ("%s", "abc"), ("%s", 42), ("%s", 1.5), ("%s", None), ("%s", [1, 2]), ("%s", (1,)), ("%s", ()), ("%r", "a'b"),
    ("%a", "é😀"), ("%d", 42), ("%d", -3.9), ("%d", True), ("%d", "x"), ("%i", 7), ("%u", 7), ("%x", 255),
    ("%X", 255), ("%#x", 255), ("%#X", -255), ("%o", 8), ("%#o", 8), ("%x", 1.5), ("%e", 12345.678),
    ("%E", 0.0001), ("%f", 1.5), ("%F", INF), ("%g", 1e-5), ("%G", 1e20), ("%.2f", 2.675), ("%.0f", 0.5),
    ("%.3e", 1.0), ("%#.0f", 3.0), ("%#g", 1.0), ("%5d", 42), ("%-5d|", 42), ("%05d", -42), ("%+d", 42),
    ("% d", 42), ("%+05d", 42), ("%-05d|", 42), ("% 05d", 42), ("%5s|", "ab"), ("%-5s|", "ab"), ("%.1s", "abc"),
    ("%5.1s|", "abc"), ("%05s", "ab"), ("%c", 65), ("%c", "x"), ("%c", "xy"), ("%c", 0x110000), ("%c", 1.5),
    ("%5c|", 65), ("%-3c|", "😀"), ("%05c", "a"), ("%%", ()), ("%s%%", "a"), ("%s %s", ("a", "b")),
    ("%s %s", ("a",)), ("%s", ("a", "b")), ("%s", []), ("abc", ()), ("abc", "x"), ("abc", []), ("abc", 5),
    ("%(a)s %(b)d", {"a": "x", "b": 2}), ("%(a)s", {"b": 1}), ("%(a)s", ("x",)), ("%(a)s %s", {"a": 1}),
    ("%s", {"a": 1}), ("%(a)s %(a)r", {"a": "q"}), ("%(a(b))s", {"a(b)": 5}), ("%(a", {"a": 1}), ("%", ()),
    ("%5", (1,)), ("%z", (1,)), ("%z", ()), ("%.", (1,)), ("%*d", (5, 42)), ("%-*d|", (5, 42)), ("%*d", (-5, 42)),
    ("%.*f", (2, 3.14159)), ("%*.*f", (8, 2, 3.14159)), ("%*d", ("x", 1)), ("%ld", 5), ("%hd", 5), ("%Lf", 1.5),
    ("%d", 10**30), ("%x", -(10**30)), ("%.5d", 42), ("%.5x", -42), ("%#.5x", 42), ("%8.5d", -42),
    ("%08.5d", 42), ("%f", "x"), ("%g", None), ("%s %s %s", (1, 2)), ("%d%%", 50), ("%.3s|%5.2f|%-4d|", ("abcdef", 3.14159, 7)),
    ("%s", 10**20), ("%r", 1.0), ("%s", True), ("%d", 2.5), ("%i", -0.5), ("%x", True), ("%o", -8), ("%e", 10**400),
    ("%.0e", 12345), ("%.1f", 0.25), ("%.1f", 0.35), ("%10.4f|", -3.14159), ("%-10.2e|", 1234.5), ("%+.3g", 1234567.0),
    ("%€", 1), ("x%sy%sz", ("1", "2")), ("%s", "😀"), ("%3s|", "😀"), ("%.1s", "😀x"),
]
for fmt, args in PERCENT:
    add("percent", lambda f, a: f % a, fmt, args)

# str.format.
FORMATS = [
    ("{}", (1,), {}), ("{} {}", (1, 2), {}), ("{0} {1} {0}", ("a", "b"), {}), ("{1}", ("a",), {}),
    ("{name}", (), {"name": "x"}), ("{name}", (), {}), ("{} {name}", (1,), {"name": 2}), ("{0} {}", (1, 2), {}),
    ("{} {0}", (1, 2), {}), ("{!r}", ("a",), {}), ("{!s}", ("a",), {}), ("{!a}", ("é",), {}), ("{!x}", ("a",), {}),
    ("{0!r:>10}", ("ab",), {}), ("{:>{w}}", ("ab",), {"w": 6}), ("{:{}{}}", ("ab", ">", 5), {}),
    ("{:{fill}^{w}.{p}f}", (3.14159,), {"fill": "*", "w": 12, "p": 2}), ("{{}}", (), {}), ("{{{}}}", (5,), {}),
    ("}", (), {}), ("{", (), {}), ("a}b", (), {}), ("{0[1]}", ([5, 6],), {}), ("{0[k]}", ({"k": "v"},), {}),
    ("{0[1][0]}", ([[1], [2]],), {}), ("{x[0]}", (), {"x": "abc"}), ("{0.real}", (5,), {}), ("{0.imag}", (2.5,), {}),
    ("{0.nope}", (5,), {}), ("{0[}", ([1],), {}), ("{0]}", ([1],), {}), ("{0.}", (1,), {}), ("{0[]}", ([1],), {}),
    ("{0[0]x}", ([1],), {}), ("{0:d}", ("a",), {}), ("{:,}", (1234567,), {}), ("{:_b}", (255,), {}),
    ("{:%}", (0.25,), {}), ("{:.2%}", (1 / 3,), {}), ("{:e}", (0.0,), {}), ("{:g}", (100000.0,), {}),
    ("{:g}", (1000000.0,), {}), ("{:c}", (9731,), {}), ("{!r:}", (1,), {}), ("{:", (1,), {}), ("{0!", (1,), {}),
    ("{0!r", (1,), {}), ("{0!rx}", (1,), {}), ("{a{b}", (), {}), ("{:{:{}}}", (1, 2, 3), {}),
    ("{:{:{:{}}}}", (1, 2, 3, 4), {}), ("{2}", (1, 2), {}), ("{-1}", (1,), {}), ("{00}", ("z",), {}),
    ("{ }", (), {" ": 1}), ("{a.b}", (), {"a": 1}), ("{}{}{}", ("a", "b"), {}), ("x{}y", ("😀",), {}),
    ("{:😀^7}", ("a",), {}), ("{0:{1}}", (3.14159, ".3"), {}), ("{:=^10}", ("mid",), {}), ("{:>5}", (None,), {}),
    ("{:}", (None,), {}), ("{:x}", (None,), {}), ("{:>8}", ([1, 2],), {}), ("{}", ([1, "a"],), {}),
    ("{:10}", (True,), {}), ("{:d}", (True,), {}), ("{}", (True,), {}), ("{}", (2.0,), {}), ("{}", (1e16,), {}),
    ("{:.3}", (2.0,), {}), ("{:10.3}", (1234.5,), {}), ("{:.0}", (0.5,), {}),
]
for fmt, args, kw in FORMATS:
    add("sformat", lambda f, a, k: f.format(*a, **k), fmt, args, kw)
add("format_map", str.format_map, "{a} {b[0]}", {"a": 1, "b": [2]})
add("format_map", str.format_map, "{a} {}", {"a": 1})
add("format_map", str.format_map, "{c}", {"a": 1})

json.dump(cases, sys.stdout, separators=(",", ":"))
