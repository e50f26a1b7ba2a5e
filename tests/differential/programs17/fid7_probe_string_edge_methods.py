# String method corners: split/rsplit maxsplit, partition, casefold, title, is* families, zfill, center, expandtabs, count overlaps.
s = "  a,b,,c  ,d "
print(s.split(","), s.split(",", 2), s.rsplit(",", 2), s.split(), s.split(None, 1), s.rsplit(None, 1), "".split(","), "".split())
print("a  b".split(" "), "  ".split(" "), "x".split("x"), "aXbXc".split("X", 0), "aXbXc".split("X", -1), "1\n2\r\n3\r4\x0b5\x1c6".splitlines())
print("abcabc".partition("c"), "abcabc".rpartition("c"), "abc".partition("z"), "abc".rpartition("z"))
for bad in [lambda: "a".split(""), lambda: "a".partition(""), lambda: "a".count(1), lambda: "a".join([1]), lambda: "ab".center(5, "xy"),
            lambda: "a".split(maxsplit="1"), lambda: "x".replace("x", 1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("Straße".casefold(), "ǅ".lower(), "ǆ".title(), "ß".upper(), "ﬁ".upper(), "İ".lower().encode("unicode_escape"), "ΣΑΣ".lower())
print("they're bill's friends from the UK".title(), "hello-world foo_bar 3rd".title(), "ALL CAPS".capitalize(), "ßa".capitalize())
for t in ["123", "١٢٣", "²", "½", "Ⅻ", "abc", "ABC", "Abc Def", "   ", "", "a1", "\t\n", "_x1", "1x", "if", "ǅ", "Ⅻ".lower()]:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isupper(), t.islower(), t.istitle(), t.isspace(), t.isidentifier(), t.isprintable(), t.isascii())
print("42".zfill(5), "-42".zfill(5), "+42".zfill(2), "abc".zfill(6), "".zfill(3), "-".zfill(3))
print(repr("ab".center(5)), repr("ab".center(6, "*")), repr("abc".center(6)), repr("a".ljust(3, "-")), repr("a".rjust(0)))
print(repr("a\tbc\tdef\t\n12345678\tx".expandtabs()), repr("a\tb".expandtabs(0)), repr("\t".expandtabs(3)), repr("ab\r\tc".expandtabs(4)))
print("aaaa".count("aa"), "aaaa".count(""), "abc".count("", 1), "abcabc".count("bc", 2, 5), "aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("abc".find("c", -1), "abc".find("", 10), "abc".rfind(""), "abc".index("", 3), "hello".startswith(("he", "x"), 0, 2), "abc".endswith("", 5))
print("a-b_c d".replace("-", " ").replace("_", " ").split(), "x".join("abc"), ", ".join(map(str, [1, 2.5, None])), "".join([]))
print("%s %r %a" % ("é", "é", "é"), ascii("😀\n"), repr("\x7f\x80\xa0\u200b"), str(b"\x80"), "\N{BULLET}", "\u00e9" == "e\u0301")
print("abc"[::-1], "héllo".encode()[::-1][:3], "tacocat" == "tacocat"[::-1], min("hello"), max("Hello"), sorted("bBaA"), sorted("bBaA", key=str.lower))
print("ab" < "abc", "Z" < "a", "é" > "z", "10" < "9", "a" * 0, "a" * -3, 3 * "ab", "abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc".removeprefix(""))
print("x=1;y=2".split(";"), dict(p.split("=") for p in "x=1;y=2".split(";")), "a.b.c".rsplit(".", 1)[0], "CamelCaseWords".swapcase())
print(str.lower("ABC"), str.join("-", "ab"), "{0}{1}{0}".format("ab", "cd"), "{:>{w}}".format("r", w=4), "{!r:^7}".format("q"), "{{}}".format())
print("tab\there".expandtabs(2).split(), "  strip me  ".strip(), "xxhixx".strip("x"), "abcba".lstrip("ab"), "abcba".rstrip("ab"), "  ".strip() == "")
