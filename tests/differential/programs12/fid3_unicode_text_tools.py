import unicodedata

names = ["Zoë", "Łukasz", "Ångström", "José", "Ñandú", "Émile", "Øyvind", "straße", "İstanbul", "ﬁnance"]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    out = []
    for ch in strip_accents(s).lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


for n in names:
    print(f"{n:<10}|{len(n):>2}|{strip_accents(n):<10}|{n.upper():<11}|{n.casefold():<10}|{slug(n)}")
print(sorted(names), sorted(names, key=strip_accents), sorted(names, key=str.casefold))
print([unicodedata.name(c) for c in "é€"], unicodedata.category("A"), unicodedata.category("9"), unicodedata.category(" "), unicodedata.decimal("٣"))
print(unicodedata.normalize("NFC", "e\u0301") == "é", len("e\u0301"), len(unicodedata.normalize("NFC", "e\u0301")), unicodedata.lookup("SNOWMAN"))
print(slug("  Hello, World!  Ça va?  "), slug("C'est déjà l'été"), slug("---"))
text = "naïve café — 10€ • 😀 emoji 中文字"
print(len(text), text.encode("utf-8")[:20], len(text.encode("utf-8")), len(text.encode("utf-16-le")) // 2)
print(text[::-1], text.title(), [c for c in text if ord(c) > 0xFFFF], text.isprintable(), "中".isalpha(), "😀".isalpha())
print(ascii(text), repr("tab\t\x00\x7f\u200b"), "ß".upper(), "ﬁ".upper(), "Σ".lower(), "ΌΣΟΣ".lower())
print("{:^12}|{:>6}|".format("中文", "é"), f"{'😀':*^5}", "abc".center(7, "—"))
widths = {c: unicodedata.east_asian_width(c) for c in "a中😀é"}
print(widths)


def display_width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)


rows = [("apple", 3), ("中文名", 12), ("café", 7)]
for name, n in rows:
    pad = 10 - display_width(name)
    print(name + " " * pad + f"{n:>4}")
print([hex(ord(c)) for c in "Aé€😀"], chr(0x1F600), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", "\U0001F600" == "😀")
print("ǅemo".istitle(), "Ǆ".lower(), "ǆ".title(), "ﬀ".upper(), len("ﬀ".upper()), "İ".lower(), len("İ".lower()))
import re
turkish = "İSTANBUL istanbul Iğdır ılık"
print(re.findall(r"(?i)\bi\w+", turkish), re.findall(r"(?i)[a-z]+", turkish), re.sub(r"(?i)i", "*", turkish), re.findall(r"(?i)[^a-z ]", turkish))
