"""Roman numerals, run-length encoding and Caesar/Vigenere ciphers with round-trip checks."""

import string

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, sym in ROMAN:
        q, n = divmod(n, value)
        out.append(sym * q)
    return "".join(out)


def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        if a not in vals:
            raise ValueError(f"invalid roman digit {a!r} in {s!r}")
        v = vals[a]
        total += -v if vals.get(b, 0) > v else v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r} (did you mean {to_roman(total)}?)")
    return total


def rle_encode(s):
    if not s:
        return []
    runs = [[s[0], 1]]
    for ch in s[1:]:
        if ch == runs[-1][0]:
            runs[-1][1] += 1
        else:
            runs.append([ch, 1])
    return [(c, n) for c, n in runs]


def rle_str(s):
    return "".join(f"{n}{c}" if n > 1 else c for c, n in rle_encode(s))


def rle_decode(text):
    out, num = [], ""
    for ch in text:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    return "".join(out)


def caesar(text, shift):
    def rot(ch):
        for alpha in (string.ascii_lowercase, string.ascii_uppercase):
            if ch in alpha:
                return alpha[(alpha.index(ch) + shift) % 26]
        return ch
    return "".join(map(rot, text))


def vigenere(text, key, decrypt=False):
    key = [ord(k) - ord("a") for k in key.lower() if k.isalpha()]
    if not key:
        raise ValueError("key must contain letters")
    out, i = [], 0
    for ch in text:
        if ch.isascii() and ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            k = -key[i % len(key)] if decrypt else key[i % len(key)]
            out.append(chr((ord(ch) - base + k) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 3888]:
    r = to_roman(n)
    print(f"{n:>5} {r:<16} {from_roman(r):>5} {len(r)}")
for bad in [0, 4000, -3, 2.0, True, "12"]:
    try:
        to_roman(bad)
    except (TypeError, ValueError) as e:
        print(f"{bad!r:>6}: {type(e).__name__}: {e}")
for s in ["IIII", "MCMXCIV", "IC", "XLII", "ABC", "mmxx"]:
    try:
        print(s, from_roman(s))
    except ValueError as e:
        print(s, "->", e)
print(sum(len(to_roman(i)) for i in range(1, 4000)), max(range(1, 4000), key=lambda i: len(to_roman(i))))

for s in ["aaabccddddde", "", "abc", "zzzzzzzzzzzz", "aabbaa", "  \n\n\n", "🐍🐍🐍é"]:
    enc = rle_str(s)
    print(repr(s), rle_encode(s)[:4], repr(enc), rle_decode(enc) == s)

msg = "Attack at Dawn! Meet @ 5pm, by the old oak (zone Z)."
for shift in (3, 13, -1, 52):
    c = caesar(msg, shift)
    print(shift, c, caesar(c, -shift) == msg)
print(caesar(caesar("Hello", 13), 13), caesar("xyz XYZ", 3))
v = vigenere(msg, "LEMON")
print(v)
print(vigenere(v, "lemon", decrypt=True))
print(vigenere("ünïcode stays, ascii shifts", "key"))
try:
    vigenere("x", "123")
except ValueError as e:
    print("ValueError:", e)
freq = {}
for ch in vigenere(msg * 3, "abc").lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top, sum(freq.values()), f"{top[0][1] / sum(freq.values()):.2%}")
