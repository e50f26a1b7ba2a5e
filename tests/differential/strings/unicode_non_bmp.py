# Strings are sequences of code points: emoji and other non-BMP text count as one.
s = "a😀b𝄞c"
print(s, len(s), s[1], s[3], s[-1], s[-2], s[1:4], s[::-1], s[::2])
print(list(s))
print([ord(c) for c in s])
print("".join(reversed(s)), s.find("b"), s.index("𝄞"), s.count("😀"), "😀" in s)
family = "👨‍👩‍👧"
print(family, len(family), [hex(ord(c)) for c in family])
flag = "🇫🇷"
print(len(flag), flag[0] == "\U0001F1EB", flag[::-1] == "\U0001F1F7\U0001F1EB")
mixed = "Zürich → 東京 🚄!"
print(len(mixed), mixed.upper(), mixed.lower(), mixed[7:9], mixed.split(" "))
for i, ch in enumerate("x🐍y"):
    print(i, ch, ord(ch), repr(ch))
print(chr(0x1F600), chr(128013), chr(0x10FFFF) == "\U0010ffff", ord("\U0001F40D"))
print("🐍" * 3, "🐍" + "x", "ab🐍cd".replace("🐍", "--"), "🐍🐍".center(6, "*"))
print("😀".isprintable(), "😀".isalpha(), "𝟙".isdigit())
print(sorted(["😀", "a", "é", "z", "𝄞", "ÿ"]))
print(max("a😀b"), min("a😀b"), "😀" > "\uffff", "\ue000" < "😀")
s2 = "é"  # precomposed
s3 = "e\u0301"  # combining accent
print(len(s2), len(s3), s2 == s3, s3[0], repr(s3[1]))
print(" 😀 ".strip(), "😀😀x".lstrip("😀"), "x😀😀".rstrip("😀"), "😀,😀".split(","))
print("ab😀cd"[2:], "ab😀cd"[:3], "ab😀cd"[-3:-1], "ab😀cd"[10:], repr("ab😀cd"[3:2]))
print(str(len("\U0001F600\U0001F601")), "\U0001F600\U0001F601"[1])
for c in "\u00e9\u4e2d\U0001f600":
    print(c, len(c), c.isalpha())
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
try:
    ord("")
except TypeError as e:
    print("TypeError", e)
