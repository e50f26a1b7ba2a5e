"""str methods on unicode text: casefold, title, isidentifier, width tricks."""

words = ["Straße", "ÉCOLE", "ǅemal", "ﬁnance", "İstanbul", "ΣΊΣΥΦΟΣ", "naïve", "déjà vu", "Ω"]
for w in words:
    print(f"{w!r:12} lower={w.lower()!r} upper={w.upper()!r} casefold={w.casefold()!r} "
          f"title={w.title()!r} swap={w.swapcase()!r} len={len(w)}")

print("ß".upper(), "ß".casefold() == "SS".casefold(), "ﬁ".upper(), len("ﬁ".upper()))
print("they're bill's friends from the UK".title())
print("hello world-wide web_site 3rd".title(), "o'neil mcDONALD".capitalize())
print("ΣΊΣΥΦΟΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower())

idents = ["valid_name", "_private", "2fast", "class", "naïve", "with space", "", "日本語", "a-b", "__init__", "ℕ"]
for s in idents:
    print(f"{s!r}: isidentifier={s.isidentifier()} isalpha={s.isalpha()} isalnum={s.isalnum()}")

nums = ["123", "١٢٣", "½", "²", "3.5", "-4", "Ⅻ", "", "   "]
for s in nums:
    print(f"{s!r}: isdigit={s.isdigit()} isdecimal={s.isdecimal()} isnumeric={s.isnumeric()} isspace={s.isspace()}")
print(int("١٢٣"), float("٣.٥"), int("  ７ "))

s = "tab\tseparated\tvalues\nnext\tline"
print(s.expandtabs(4))
print(s.expandtabs().split("\n"))
print("a\u2028b\x1cc\r\nd".splitlines(), "x\n\ny\n".splitlines(keepends=True))
print("  \u3000 wide space \t".strip(), "||".join("abc"), "xyxzy".strip("xy"))
print("Hello".center(11, "·"), "42".zfill(6), "-42".zfill(6), "+7".zfill(4), "é".ljust(4, "_") + "|")
print("key=value=more".partition("="), "key=value=more".rpartition("="), "nothing".partition(":"))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a b  c ".rsplit(None, 1), "".split(","), "".split())
print("emoji 🎉🐍!".encode("utf-8"), len("🎉🐍"), "🎉🐍"[1], "🎉🐍"[::-1], "🐍" * 3)
print("abc".removeprefix("ab"), "abc".removesuffix("bc"), "abcabc".replace("b", "B", 1), "aaa".count("aa"))
print("Straße".find("ß"), "Straße".index("e"), "hello".rfind("l"), "hello".find("z"))
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError:", e)
print(ord("€"), chr(8364), hex(ord("🐍")), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", "e\u0301" == "é")
print(ascii("naïve 🐍"), repr("tab\there"), repr("quote'\""), repr("\x00\x7f\x80\xff"), repr("\u200b"))
table = str.maketrans({"a": "4", "e": "3", "o": None})
print("hello there, avocado".translate(table), str.maketrans("ab", "xy", "c"))
print(sorted(["banana", "Apple", "cherry", "apple", "Éclair", "eclair"]))
print(sorted(["banana", "Apple", "cherry", "apple", "Éclair", "eclair"], key=str.casefold))
print(max("hello world"), min("Hello"), "b" > "B", "é" > "z", "abc" < "abd" < "abda")
print("{:>6}|{:<6}|{:^6}".format("ñ", "日本", "🐍"))
print("%-6s|%6s|%.2s" % ("ab", "cd", "xyz"), "%c%c" % (72, "i"), "%5.1f%%" % 99.44)
