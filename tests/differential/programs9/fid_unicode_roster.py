"""A multilingual roster: unicode names, casefold sorting, normalization, width-aware tables, tracebacks."""
import traceback
import unicodedata

ROSTER = [
    ("山田太郎", "東京", 82),
    ("José Álvarez", "Sevilla", 91),
    ("Zoë Ødegaard", "Bergen", 77),
    ("김민준", "서울", 88),
    ("Ольга Петрова", "Москва", 95),
    ("Ahmed Ḥasan", "القاهرة", 64),
    ("straße-Müller", "Köln", 70),
]


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, n):
    return s + " " * max(0, n - width(s))


print(f"{'name':<16}{'city':<10}{'score':>5}")
for name, city, score in sorted(ROSTER, key=lambda r: r[0].casefold()):
    print(f"{pad(name, 16)}{pad(city, 10)}{score:>5}")
print()
for name, city, score in ROSTER:
    print(f"{name:<14}|{len(name):>3}|{width(name):>3}|{name.upper()[:6]}|{name.encode('utf-8')[:6]!r}")

decomposed = unicodedata.normalize("NFD", "José")
print(len("José"), len(decomposed), decomposed == "José", unicodedata.normalize("NFC", decomposed) == "José")
print([unicodedata.name(c) for c in "Ø한"], unicodedata.category("Ж"), unicodedata.category("٣"), unicodedata.numeric("٣"))
print(ascii("山田"), repr("Ḥasan"), "Ü".lower(), "ǲ".upper(), "ß".upper(), "ΣΑΣ".lower(), "İ".casefold())
print(sorted(["éclair", "Eclair", "eclair", "Ecole", "école"]), sorted(["éclair", "Eclair", "eclair"], key=str.casefold))
print("서울" in "서울특별시", "москва".title(), "القاهرة"[::-1][:3], "東京"[0], "Zoë".center(9, "·"))
initials = {name: "".join(w[0] for w in name.replace("-", " ").split()) for name, _, _ in ROSTER}
print(initials)


def average(scores, field):
    return sum(s[field] for s in scores) / len(scores)


def lookup(city):
    index = {c: n for n, c, _ in ROSTER}
    return index[city]


for call in (lambda: lookup("パリ"), lambda: average([{"점수": 1}], "score"), lambda: "名前: " + ROSTER[0][2]):
    try:
        call()
    except Exception as e:
        text = traceback.format_exc().replace(__file__, "fid_unicode_roster.py")
        print(text.rstrip())
        print("--", type(e).__name__, e)
