import unicodedata

for ch in "aZ5 é€—中😀\n!":
    print(repr(ch), unicodedata.category(ch), unicodedata.name(ch, "<no name>"))
print(unicodedata.lookup("GREEK SMALL LETTER ALPHA"), unicodedata.name("α"))
print(unicodedata.normalize("NFD", "é") == "e\u0301", len(unicodedata.normalize("NFC", "e\u0301")))
print(unicodedata.normalize("NFKC", "ﬁ①"), unicodedata.decimal("7"), unicodedata.numeric("½"), unicodedata.digit("9"))
print("".join(c for c in unicodedata.normalize("NFKD", "Crème Brûlée") if not unicodedata.combining(c)))
print(unicodedata.east_asian_width("中"), unicodedata.east_asian_width("a"), unicodedata.mirrored("("))
print(unicodedata.unidata_version)
