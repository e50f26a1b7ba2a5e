# strip/lstrip/rstrip with a chars argument: ASCII sets, non-ASCII and astral sets, empty sets,
# the set changing between calls, and receivers of unknown type (a str subclass overriding strip).
samples = ["0123abc3210", "abc", "", "000", "x0y0", "  spaced  ", "é0é", "\U0001F600a\U0001F600"]
sets = ["0123456789", "", "0", "é", "\U0001F600", "a\U0001F600", " x", "abcdefghijklmnopqrstuvwxyz0123456789"]
for chars in sets:
    row = []
    for s in samples:
        row.append((s.strip(chars), s.lstrip(chars), s.rstrip(chars)))
    print(ascii(chars), ascii(row))


class S(str):
    def strip(self, chars=None):
        return "S.strip(%r)" % (chars,)


for v in ["xxhixx", S("xxhixx"), "  ws  "]:
    print(v.strip("x"), v.strip(), v.lstrip("x"), v.rstrip(None))
words = "w1 w22 w333 44w 5".split()
print([w.strip("0123456789") for w in words], [w.lstrip("w") for w in words])
for bad in [1, ["x"]]:
    try:
        print("abc".strip(bad))
    except TypeError as e:
        print("TypeError", e)
