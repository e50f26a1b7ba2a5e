# str method corners: split/rsplit maxsplit, partition, translate/maketrans, splitlines keepends,
# expandtabs, zfill with signs, title/capitalize/swapcase, casefold, format_map, removeprefix.
s = "  a,b,,c  "
print(s.split(","), s.split(), "a b  c".split(" "), "a,b,c".rsplit(",", 1), "a,b,c".split(",", maxsplit=1), "".split(","), "".split())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="), "none".rpartition("="))
table = str.maketrans({"a": "4", "e": None, "o": "0"})
print("hello amazing".translate(table), "abc".translate(str.maketrans("ab", "xy", "c")))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "x\ny\n".splitlines(True), "a\x0bb\x1cc".splitlines())
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2))
print("hello wORLD it's".title(), "hELLO".capitalize(), "AbC".swapcase(), "Straße".casefold(), "Straße".upper(), "ǅ".lower())
print("{name} is {age}".format_map({"name": "Al", "age": 3}), "abcabc".removeprefix("ab"), "abcabc".removesuffix("bc"))
print("abc".center(8, "*"), "abc".ljust(6, "-"), "abc".rjust(2), "ab".center(5), "x".center(4))
print("aXbXc".replace("X", "-", 1), "aaa".replace("", "|"), "abc".count(""), "banana".count("an"), "banana".find("na", 3), "banana".rindex("a"))
print("Hello".startswith(("he", "He")), "file.tar.gz".endswith(".gz", 0, 8), "abc".startswith("", 5), "ab12".isalnum(), "½".isnumeric(), "½".isdigit())
print("  x ".strip(), "xxhixx".strip("x"), "..a..".lstrip("."), "ab".isidentifier(), "1a".isidentifier(), "ǅ".istitle(), "Hello World".istitle())
print(",".join(["a", "b"]), "".join([]), "-".join("xyz"), " ".join(map(str, range(3))))
print("%s" % "x", "%s %s" % ("a", "b"), "%5.1f%%" % 99.56, "%(x)s" % {"x": [1]}, "a" * 3, 3 * "ab", "abc"[::-1], "abcdef"[1:5:2])
print(str(b"bytes", "ascii"), "é".encode("utf-8"), "é".encode("latin-1"), b"caf\xc3\xa9".decode(), "abc".encode().hex(), bytes.fromhex("41 42"))
print(ord("€"), chr(128512), "€".encode("utf-16-le"), len("😀"), "😀"[0], "abc" < "abd", "Z" < "a", "ä" > "z")
