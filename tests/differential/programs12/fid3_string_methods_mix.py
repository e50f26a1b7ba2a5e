text = "  The Quick brown FOX\tjumps over\tthe lazy dog.  "
print(repr(text.strip()), repr(text.lstrip()), repr(text.rstrip(" .")))
print(text.split(), text.split(" ", 3), text.rsplit(None, 2))
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tbc\tdef\tg".expandtabs(4)), repr("x\ty\n\tz".expandtabs(3)))
print("42".zfill(6), "-42".zfill(6), "+7".zfill(4), "abc".zfill(5), "3.14".zfill(8))
print("[" + "mid".center(10) + "]", "[" + "mid".center(10, "*") + "]", "[" + "ab".center(5, "-") + "]", "[" + "abc".center(6) + "]")
print("hello".ljust(8, ".") + "|", "hello".rjust(8, "_"), "toolongtext".ljust(3))
table = str.maketrans("aeiou", "AEIOU", "xyz")
print("the xylophone is easy".translate(table))
print("abc".translate({ord("a"): "1", ord("b"): None, ord("c"): 0x263A}))
print(str.maketrans({"a": "b", "c": None}))
print("Straße".casefold(), "Straße".lower(), "Straße".upper(), "ǅ".casefold())
print("line1\nline2\r\nline3\rline4".splitlines(), "a\nb\n".splitlines(keepends=True), "".splitlines(), "x\n\ny".splitlines(True))
print("hello wORLD it's o'neil 3rd-place".title(), "Hello World".swapcase(), "hello world".capitalize(), "ÉCOLE".capitalize())
print([s.isidentifier() for s in ["name", "_x1", "1abc", "class", "naïve", "a-b", ""]])
print("{name} is {age}".format_map({"name": "Ann", "age": 30}))


class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"


print("{greet}, {who}! {missing}".format_map(Default(greet="Hi", who="Bo")))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal())
print("   ".isspace(), "".isspace(), "Title Case".istitle(), "UPPER1".isupper(), "lower ".islower(), "\x00".isprintable(), "é".isascii())
print("banana".count("an"), "banana".find("na", 3), "banana".rfind("na"), "banana".index("b"), "banana".rindex("a", 0, 4))
print("banana".replace("a", "o", 2), "a,b,,c".split(","), "a,b,,c".split(",", maxsplit=1), "  x  y ".split(" "))
print("prefix_name".removeprefix("prefix_"), "file.tar.gz".removesuffix(".gz"), "abc".removeprefix("z"))
print("hello".startswith(("he", "x")), "hello".endswith("lo", 0, 5), "hello".startswith("l", 2), "hi".endswith(()))
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), ", ".join(map(str, range(4))))
print("%s has %d items costing %.2f (%5.1f%%) %r %x %o %e %-6s|" % ("cart", 3, 19.989, 45.25, "q", 255, 8, 12345.678, "ab"))
print("%(name)s=%(val)04d" % {"name": "n", "val": 7}, "%c%c" % (72, "i"), "%+d %+d" % (5, -5), "%#x %#o" % (255, 8))
words = "the rain in spain falls mainly on the plain".split()
print(sorted(words, key=lambda w: (len(w), w)), max(words, key=len), sorted(set(words), key=words.index))
print("ab" * 3, "-" * 0, "x" in "xyz", "xy" not in "xyz", "abc" < "abd", "Z" < "a", "a" * -1 == "")
s = "Mississippi"
print(s[::2], s[::-1], s[-4:], s[1:-1:3], s[100:], s[-100:3])
print(ord("€"), chr(8364), ascii("naïve €"), repr("tab\there"), str(b"bytes", "utf-8"), "é".encode(), "€".encode("utf-16-le"))
print(f"{'left':<8}|{'right':>8}|{'center':^10}|{'fill':*^9}|{42:08.3f}|{-3:+05d}|{1234567:,}|{0.256:.1%}|{255:#010b}")
print(" ".join(w.capitalize() for w in "snake_case_to_title".split("_")), "CamelCaseString".lower(), "x".join("abc"))
