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
