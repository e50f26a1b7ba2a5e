# str methods on Unicode corners: splitlines boundaries, expandtabs, casefold, is* predicates, encode handlers.
s = "a\nb\rc\r\nd\ve\ff\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines(), len(s.splitlines(keepends=True)), s.splitlines(True)[2:5])
print("x\n".splitlines(), "".splitlines(), "\n\n".splitlines(True), "a\r".split("\r"), "a b\u2028c".split())
print(b"a\nb\rc\x85d\x0be".splitlines(), "\x1c\x1d".split(), "\xa0x\u3000y\u200bz".split())
for t in ["a\tb\tc", "abc\t\tx", "\t", "12345678\t|", "a\nb\tc", "x\r\ty"]:
    print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(0)), repr(t.expandtabs(1)))
for w in ["Straße", "ǅungla", "ﬁne", "İstanbul", "ΣΊΣΥΦΟΣ", "MASSE", "ß", "ﬀ", "ŉ"]:
    print(w, w.lower(), w.upper(), w.casefold(), w.title(), w.swapcase(), w.capitalize(), len(w.upper()))
print("ΣΑΣ ΟΔΟΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower(), "aΣ".lower(), "Σ".lower(), "straße".casefold() == "STRASSE".casefold())
samples = ["123", "١٢٣", "½", "²", "Ⅻ", "𝟙", "٣.٥", "", " ", "abc", "ab1", "_x", "x-y", "1x", "ǅ", "\t", "é", "\u200b",
           "\x7f", "a\u0301", "中文", "ⅷ", "⁴", "①", "Ⅽ", "𝐀"]
print(f"{'s':<6}" + "".join(f"{m:>8}" for m in ["decimal", "digit", "numeric", "alpha", "alnum", "ident", "print", "space", "upper", "title", "ascii"]))
for x in samples:
    flags = [x.isdecimal(), x.isdigit(), x.isnumeric(), x.isalpha(), x.isalnum(), x.isidentifier(), x.isprintable(), x.isspace(),
             x.isupper(), x.istitle(), x.isascii()]
    print(f"{x!r:<6}" + "".join(f"{'T' if f else '.':>8}" for f in flags))
print(int("١٢٣"), float("٣.٥"), int("𝟙𝟚"), int("\u0663\u0664", 16), [int(c) for c in "٠١٢"])
for bad in ["½", "²", "Ⅻ", "①"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
text = "naïve café — ☃ 𝄞 \udcff"
for handler in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]:
    for enc in ["ascii", "latin-1", "utf-8"]:
        try:
            print(f"{enc:<8}{handler:<18}{text.encode(enc, handler)!r}")
        except UnicodeEncodeError as e:
            print(f"{enc:<8}{handler:<18}UnicodeEncodeError: {e.reason} at {e.start}-{e.end} {e.object[e.start:e.end]!r}")
            print("   ", e)
data = b"caf\xc3\xa9 \xff\xfe ok \xe2\x98"
for handler in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        print(f"{handler:<18}{data.decode('utf-8', handler)!r}")
    except UnicodeDecodeError as e:
        print(f"{handler:<18}UnicodeDecodeError: {e}")
print(data.decode("latin-1"), data.decode("ascii", "replace"), "é".encode("utf-16-le"), "é".encode("utf-32-be"), "☃".encode("utf-16"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    "x".encode("ascii", "bogus-handler")
except LookupError as e:
    print("LookupError:", e)
print("x".encode("ascii", "bogus-handler"), "é".encode("UTF8"), "é".encode("Latin_1"), "é".encode(encoding="utf_16_be"))
print("abc".center(8, "é"), "tschüß".ljust(9, "·") + "|", "𝄞x".rjust(5, "*"), "ß".zfill(3), "-12".zfill(6), "+ab".zfill(5))
print("ß" < "t", sorted(["b", "A", "é", "e", "Z", "ä"]), max("héllo"), "İ".lower(), len("İ".lower()), "ﬃ".upper())
print("a,b,,c".split(","), "a,b,,c".rsplit(",", 1), "  x  y ".split(" "), "x".partition("y"), "aXbXc".rpartition("X"))
print("hello world".title(), "they're bill's".title(), "ABC".istitle(), "Ab Cd".istitle(), "1a".title(), "ǳ".title())
print("abc".removeprefix("ab"), "abc".removesuffix("bc"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "".replace("", "x"))
print("%s" % "\u0394", ascii("\u0394\U0001f600\x00"), repr("\x00\x7f\x80\xa0\xad\u2028\ud800"), str(b"\x00"), "\N{BULLET}")
