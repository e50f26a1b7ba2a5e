# Code point order of strs with lone surrogates (chr) next to astral characters and U+E000..U+FFFF:
# <, sorted (with and without keys, tuple keys), min/max.
hi = chr(0xD83D)
hi2 = chr(0xD800)
lo = chr(0xDE00)
vals = [
    "a", hi, lo, "\uffff", "\ue000", "\U0001F600", "\U00010000", hi + "a", hi + lo[0:0] + "z",
    hi + "\uffff", "x" + hi, "x" + lo, "x\U0001F600", "x\uffff", hi2, hi2 + hi, "\ud7ff",
    "a" + hi + "\U0001F600", "a" + hi + hi, "a" + hi + "\ue000",
]
print([ascii(v) for v in sorted(vals)])
print([ascii(v) for v in sorted(vals, reverse=True)])
for a in vals:
    print(ascii(a), "".join("<" if a < b else ">" if a > b else "=" for b in vals))
print(ascii(min(vals)), ascii(max(vals)))
pairs = [(v, i % 3) for i, v in enumerate(vals)]
print([ascii(p) for p in sorted(pairs, key=lambda p: (p[1], p[0]))])
print([ascii(p) for p in sorted(pairs, key=lambda p: (-p[1], p[0]), reverse=True)])
print([ascii(p) for p in sorted(pairs)])
