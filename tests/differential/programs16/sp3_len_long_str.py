# len() of long strings: one-byte, two-byte without surrogates, astral characters (a surrogate
# pair in JS is one code point), lone surrogates from surrogateescape, the same string twice
# (a cache) and strings differing only at the end.
words = ["ka", "ro", "mi", "te", "su", "é", "ü"]
text = " ".join(words[i % 7] * (1 + i % 3) for i in range(5000))
print(len(text), len(text + "x"), len(text), len(text[1:]))
cjk = "中文字符" * 3000
print(len(cjk), len(cjk + "a"), len(cjk[:-1]))
astral = ("a😀b" * 2000) + "end"
print(len(astral), len(astral[:5000]), len(astral + "😀"), len("😀" * 40))
mixed = "x" * 40 + "😀" + "y" * 40
print(len(mixed), len(mixed * 3), len(mixed[:41]), len(mixed[40:]))
lone = b"abc\xff\xfe".decode("utf-8", "surrogateescape") * 20
print(len(lone), len(lone + "😀" * 10))
for n in (31, 32, 33, 64, 1000):
    s = "q" * n
    print(n, len(s), len(s + "😀"), len("😀" + s), len(s.replace("q", "😀")))
s = "abc" * 100
t = "abc" * 99 + "abd"
print(len(s), len(t), len(s), len(t), s == t)
print(len(f"{text[:40]:>50}"), f"{'😀' * 33:<40}|", f"{'é' * 35:^41}|")
