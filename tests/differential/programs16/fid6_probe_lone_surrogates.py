# Lone surrogates in str literals stay lone surrogates (they are not U+FFFD).
s = "a\ud800b"
print(len(s), repr(s), ascii(s), [hex(ord(c)) for c in s], s[1] == chr(0xD800), "\ud800" == chr(55296))
t = "\udcff" "x" '\uDFFF' "\U0000DC80"
print(len(t), repr(t), t.encode("utf-8", "surrogateescape") if False else t.encode("utf-8", "surrogatepass"))
u = "real \ufffd and � stay"
print(repr(u), [hex(ord(c)) for c in u if ord(c) > 127])
mixed = "\ufffd\ud801�\N{REPLACEMENT CHARACTER}\udc00"
print(len(mixed), [hex(ord(c)) for c in mixed])
raw = r"\ud800"
print(len(raw), raw)
tri = """line \udabc
two"""
print(repr(tri), len(tri))
print(repr("\ud83d"), len("\ud83d"), "\udc80".encode("utf-8", "surrogateescape"), "\udc80".encode("utf-8", "replace"))
try:
    "x\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
d = {"\ud800": 1, "\ufffd": 2}
print(len(d), d.get(chr(0xD800)), d.get("\ufffd"), sorted(d, key=ord) == ["\ud800", "\ufffd"])
print("\ud800".isprintable(), "\ud800".isalpha(), "\ud800".upper() == "\ud800", repr("\ud800" * 2), "ab\udcffcd".split("\udcff"))
match "\udc00":
    case "\ufffd":
        print("matched replacement char")
    case "\udc00":
        print("matched lone surrogate")
