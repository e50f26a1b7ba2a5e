# repr() of strings: quote choice and escapes.
tests = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "new\nline",
         "cr\rx", "\x00\x01\x1f\x7f", "\x80\x9f\xa0", "é", "\u200b", "\u2028", "\ufeff",
         "😀", "\U000e0001", "\x1b[0m", "", "'", '"', "'\"", "\\'", "\t\v\f\a\b",
         "\xad", "\u0300", "\U0001f600\U0001f3fb", "\uffff", "\U0010ffff"]
for t in tests:
    print(repr(t), ascii(t), len(t))
print(repr(["a'b", 'c"d', "e\nf"]), str(["x", "y"]), ("q",), {"k": "v'"})
print(ascii("naïve ☃ 😀"), ascii(["é"]), ascii(42), ascii("plain"))
print("%r %a %s" % ("é\n", "é\n", "é"))
q = chr(39)
print(f"{q!r}", f"{q + chr(34)!r}", repr("tab\t"), f"{'é'!a}")
for code in [0, 7, 8, 9, 10, 11, 12, 13, 27, 31, 32, 34, 39, 92, 126, 127, 128, 160, 173, 255, 256, 0x2028, 0xFFFD, 0x1F600, 0xE0000]:
    c = chr(code)
    print(hex(code), repr(c), ascii(c), c.isprintable())
mixed = "a'b\"c"
print(repr(mixed), repr(mixed.replace("'", "")), repr(mixed.replace('"', "")))
print(eval(repr("round\ttrip \u2603 \U0001f600 '\"\\")) == "round\ttrip \u2603 \U0001f600 '\"\\")
class Q(str):
    pass
print(repr(Q("subclass 'quoted'")), repr(Q("")), [Q("x")])
