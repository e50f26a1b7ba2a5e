import unicodedata

words = ["naïve", "café", "Straße", "ÅNGSTRÖM", "日本語", "emoji😀", "tab\tsep", ""]
for w in words:
    enc = w.encode("utf-8")
    print(f"{w!r:<14} len={len(w):<3} bytes={len(enc):<3} upper={w.upper()!r} isalpha={w.isalpha()} ascii={w.isascii()}")
print(ascii("café😀"), repr("\x00\x7f\u200b"), "é".encode("latin-1"), b"caf\xc3\xa9".decode())
print("😀"[0], len("😀"), ord("😀"), chr(0x1F600), hex(ord("€")), "€".encode("utf-16-le"))
print(unicodedata.name("é"), unicodedata.category("A"), unicodedata.normalize("NFD", "é").encode(), unicodedata.lookup("BLACK HEART SUIT"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("é".encode("ascii", errors="replace"), "é😀".encode("ascii", "ignore"), b"a\xffb".decode("utf-8", "replace"))
print("ab".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))

s = "The rain in Spain stays mainly in the plain"
print(s.count("ain"), s.find("ain"), s.rfind("ain"), s.index("rain"), s.find("xyz"), s.startswith(("The", "A")))
print(s.split(" ", 3), s.rsplit(" ", 2), s.partition("in"), s.rpartition("in"), s.replace("ain", "AIN", 2))
table = str.maketrans({"a": "4", "e": "3", "i": None})
print(s.translate(table), "hello".translate(str.maketrans("el", "ip")), "abc".translate(str.maketrans("", "", "b")))
print("  padded  ".lstrip(), "xxhixx".strip("x"), "www.example.com".removeprefix("www.").removesuffix(".com"))
print("a-b_c d".title(), "hello world".capitalize(), "MiXeD".lower(), "line1\nline2\r\nline3".splitlines(True))
print(", ".join(map(str, range(5))), "-".join("abc"), "x".join([]), "%s" % [1, 2])
print("42".isdigit(), "4.2".isdecimal(), "Ⅻ".isnumeric(), "abc123".isalnum(), "   ".isspace(), "Title Case".istitle())
print("abc" < "abd", "Z" < "a", "apple" > "app", sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a"], key=str.lower))
print("ab" * 3, "-" * 0, "abcdef"[::2], "abcdef"[::-1], "abcdef"[-2:], "abcdef"[10:], "abc"[1:-1])
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|{3.14159:.2f}|{42:08.3f}|{-5:+}|{1e6:,.0f}")
name, n = "Ann", 3
print(f"{name=}, {n * 2=}, {name!r:>8}, {n:b}, {n!s:>3}, {'nested {braces}'}, {{literal}}")
width = 10
print(f"{'dynamic':>{width}}|{3.14159:.{n}f}|{'x':{'*'}^{width}}")
print("{:>10.3}".format("truncate me"), "{0[1]} {1[k]}".format([1, 2], {"k": "v"}), "{.real}".format(3 + 4j))
print(str(b"bytes"), bytes([72, 105]), bytearray(b"abc").upper(), b"a,b".split(b","), b"xyz".hex(), bytes.fromhex("414243"))
ba = bytearray(b"hello")
ba[0] = 74
ba.extend(b"!!")
print(ba, len(ba), ba.decode(), list(b"AB"), b"A" in b"ABC", 65 in b"ABC", b"%d-%s" % (5, b"x"))
print(repr("quote's"), repr('dq"'), repr("both'\""), str(None), "\N{GREEK SMALL LETTER ALPHA}", "\u03b2", "\x41")
print(sorted("hello world"), max("hello"), min("hello"), "".join(sorted(set("mississippi"))), list(reversed("abc")))
