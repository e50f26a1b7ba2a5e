# Text-layout helpers on awkward strings: emoji, combining marks, odd separators.
words = ["café", "cafe\u0301", "👍", "👨‍👩‍👧", "ß", "ﬁ", "İ", "Σίσυφος", "a\tb\tc"]
for w in words:
    print(repr(w), len(w), repr(w[::-1]), repr(w[1:3]), repr(w.center(9, "*")), repr(w.ljust(6, ".")),
          repr(w.rjust(6)), w.upper(), w.lower(), w.casefold(), w.title(), w.swapcase())

text = "  alpha  beta\tgamma\n\ndelta   "
print(text.split(), text.split(None, 1), text.split(" "), text.split(" ", 2), text.rsplit(None, 1))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), "".split(","), "".split())
print("x".split("x"), "xx".split("x"), "abc".split("abc"), "aaa".split("aa"), "aaaa".rsplit("aa"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
seps = "one\x1ctwo\x1dthree\x1efour\x85five\u2028six\u2029seven\x0beight\x0cnine\r\nten\rlast"
print(seps.splitlines())
print(seps.splitlines(True)[:4])
print("a\nb\n".splitlines(), "a\nb\n".split("\n"), "".splitlines(), "\n".splitlines())
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tbc\tdef\tg".expandtabs(4)), repr("\t\n\tx".expandtabs(2)),
      repr("ab\t".expandtabs(0)))
for s in ["123", "²", "½", "٣", "Ⅷ", "①", "1.5", "-1", "", "¹²³", "〇", "𝟙"]:
    print(repr(s), s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalnum(), s.isalpha())
for s in ["Hello World", "hello", "HELLO", "Hello world", "123abc", "ǅ", " ", "\t\n", "ab_c", "_x1", "1x", "class"]:
    print(repr(s), s.istitle(), s.islower(), s.isupper(), s.isspace(), s.isidentifier(), s.isprintable())
print("ß".upper(), "ß".casefold() == "ss", "ﬃ".upper(), "İ".lower(), len("İ".lower()), "ŉ".upper())
print("straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print("hello world".title(), "they're bill's".title(), "ÉCOLE".capitalize(), "ǳ".capitalize())
print("abc".zfill(6), "-42".zfill(6), "+x".zfill(4), "".zfill(3), "abc".partition("b"), "abc".rpartition("z"))
print("mississippi".count("ss"), "mississippi".count(""), "aaa".count("a", 1), "abc".find("", 5), "abc".find("", 3))
print("mississippi".replace("ss", "SS", 1), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("%-6s|" % "é", f"{'👍':>4}|", f"{'ab':_^7}", "x".join(["1", "2", "3"]), "".join([]))
print("  xx  ".strip(), "xxhixx".strip("x"), "<<a>>".lstrip("<"), "abcba".strip("ab"), "www.ex.com".removeprefix("www."))
print("report.txt".removesuffix(".txt"), "a.b.c".rsplit(".", 1), "tab\there".startswith(("x", "tab")))
print("hello"[10:], "hello"[-10:2], "hello"[::-2], "hello"[4:1:-1], "hello"[1:-1:2])
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[0] = "z"
except TypeError as e:
    print("TypeError:", e)
print(ord("€"), chr(0x1F600), "€".encode(), "é".encode("latin-1"), "A" < "a" < "é" < "😀")
