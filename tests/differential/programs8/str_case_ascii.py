# lower()/upper() of short ASCII strs return the same text when nothing changes; other text
# keeps Python's full case mappings (final sigma, ß, ligatures, title-case digraphs, astral).
words = ["", "abc", "ABC", "aBc", "123", "a1!", "HELLO_WORLD", "x" * 31, "Y" * 31, "z" * 40,
         "straße", "ΟΔΟΣ", "ΣΑΣ", "ǅ", "ﬁ", "İstanbul", "\U00010400\U00010428", "ma\u0130", "ſ"]
for w in words:
    lo, up = w.lower(), w.upper()
    print(repr(lo), repr(up), lo == w, up == w, len(lo), len(up), w.lower() is not None)
counts = {}
for w in "The the THE tHe ÉTÉ été Été".split():
    counts[w.lower()] = counts.get(w.lower(), 0) + 1
print(counts)


class Up(str):
    def lower(self):
        return "overridden"


for v in [Up("ABC"), "ABC"]:
    print(v.lower(), v.upper(), type(v.upper()).__name__)
