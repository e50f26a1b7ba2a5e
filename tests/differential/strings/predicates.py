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
print("".isalpha(), "".isdigit(), "".isspace(), "".isascii(), "".isprintable(), "".istitle())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "A1 B2".istitle(), "1A".istitle())
print("abc ".isalnum(), "ab\u0301".isalpha(), "x²".isalnum(), "⅓".isnumeric(), "⅓".isdigit(), "٣".isdecimal())
print("\u2028".isspace(), "\u200b".isspace(), "\x1c".isspace(), "\x85".isspace(), "\u3000".isspace())
print("ÿ".isascii(), "\x7f".isascii(), "\x7f".isprintable(), " ".isprintable(), "\n".isprintable())
print([s.isidentifier() for s in ["_", "__init__", "a b", "", "π", "x⁰", "℘x", "Ⅰ"]])
counts = {"upper": 0, "lower": 0, "digit": 0, "space": 0, "other": 0}
for ch in "Hello World 123! Ça va?":
    kind = ("upper" if ch.isupper() else "lower" if ch.islower() else "digit" if ch.isdigit()
            else "space" if ch.isspace() else "other")
    counts[kind] += 1
print(counts)
