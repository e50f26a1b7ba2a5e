# is* predicate methods over a range of characters.
samples = ["abc", "ABC", "Abc", "abc123", "123", "12.5", "-1", "", " ", "\t\n", "½", "²", "٣", "Ⅻ",
           "é", "中文", "😀", "a b", "_x", "x_1", "1x", "class", "\x00", "tab\t", "\u00a0", "ß", "Ǆ", "𝟙"]
names = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "isidentifier",
         "isprintable", "isascii", "isupper", "islower", "istitle"]
print("sample".ljust(10), " ".join(n[2:6] for n in names))
for s in samples:
    row = []
    for n in names:
        row.append("T" if getattr(s, n)() else ".")
    print(repr(s).ljust(10), "    ".join(row))
print("x".isidentifier(), "def".isidentifier(), "1".isidentifier(), "é1".isidentifier(), "a-b".isidentifier())
