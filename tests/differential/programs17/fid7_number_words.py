# Number to English words and back, roman numerals both ways with validation, ordinal suffixes,
# and round-trip checks over ranges, including negatives and big numbers.
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]


def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(r) if r else "")
    for value, name in SCALES:
        if n >= value:
            q, r = divmod(n, value)
            sep = ", " if r >= 100 else " and " if r else ""
            return words(q) + " " + name + (sep + words(r) if r else "")
    raise AssertionError(n)


def parse_words(text):
    vocab = {w: i for i, w in enumerate(ONES)}
    vocab.update({w: 10 * i for i, w in enumerate(TENS) if w != "_"})
    scales = {name: v for v, name in SCALES}
    tokens = text.replace(",", " ").replace("-", " ").split()
    sign = 1
    if tokens and tokens[0] == "minus":
        sign, tokens = -1, tokens[1:]
    total = current = 0
    for tok in tokens:
        if tok == "and":
            continue
        if tok in vocab:
            current += vocab[tok]
        elif tok == "hundred":
            current *= 100
        elif tok in scales:
            total += current * scales[tok]
            current = 0
        else:
            raise ValueError(f"unknown word {tok!r}")
    return sign * (total + current)


ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range for roman numerals")
    out = []
    for v, s in ROMAN:
        k, n = divmod(n, v)
        out.append(s * k)
    return "".join(out)


def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        if ch not in vals:
            raise ValueError(f"bad roman digit {ch!r} in {s!r}")
        v = vals[ch]
        total += -v if v < prev else v
        prev = max(prev, v)
    if to_roman(total) != s.upper():
        raise ValueError(f"non-canonical numeral {s!r} (canonical: {to_roman(total)})")
    return total


def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


for n in [0, 7, 13, 20, 21, 99, 100, 101, 110, 999, 1000, 1001, 1100, 12345, 100000, 1000001, 987654321, -42, 2 ** 40, 10 ** 12 + 7]:
    w = words(n)
    print(f"{n:>15,} {w}")
    assert parse_words(w) == n, (n, w, parse_words(w))
bad = [n for n in range(-300, 3000, 7) if parse_words(words(n)) != n]
print("round trip failures:", bad)
print(" ".join(ordinal(n) for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1000, 1003]))
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    print(f"{n:>5} {r:<14} {from_roman(r)} {from_roman(r.lower())}")
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
for s in ["IIII", "VV", "IC", "MMMM", "XIZ", "", "IM", "mcmxc"]:
    try:
        print(s, "->", from_roman(s))
    except ValueError as e:
        print(s, "->", e)
for n in [0, 4000, -1]:
    try:
        to_roman(n)
    except ValueError as e:
        print(e)
try:
    parse_words("twelve dozen")
except ValueError as e:
    print(e)
lengths = {n: len(words(n).replace(" ", "").replace("-", "")) for n in range(1, 1001)}
print(sum(lengths.values()), max(lengths, key=lambda k: (lengths[k], -k)), min(lengths.items(), key=lambda kv: kv[1]))
print(sorted(range(1, 11), key=words), sorted(range(1, 11), key=lambda n: to_roman(n)))
