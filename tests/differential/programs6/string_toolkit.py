import re
import string
import textwrap
import unicodedata


def slugify(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def camel_to_snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()


def snake_to_camel(name, upper=False):
    parts = name.split("_")
    head = parts[0].title() if upper else parts[0]
    return head + "".join(p.title() for p in parts[1:])


def caesar(text, k):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return text.translate(table)


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


def rle(s):
    return "".join(f"{len(m.group(0))}{m.group(1)}" for m in re.finditer(r"(.)\1*", s))


def unrle(s):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))


for t in ["Héllo, Wörld! -- Python 3.11", "  Crème brûlée & café  ", "ÆON flux"]:
    print(repr(t), "->", slugify(t))
for n in ["HTTPServerError", "getHTTPResponseCode", "simpleName", "already_snake"]:
    s = camel_to_snake(n)
    print(n, s, snake_to_camel(s), snake_to_camel(s, upper=True))
secret = caesar("Attack at Dawn, Zebra!", 3)
print(secret, caesar(secret, -3 % 26))
print([p for p in ["A man, a plan, a canal: Panama", "No lemon, no melon", "hello"] if is_palindrome(p)])
encoded = rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print(encoded, unrle(encoded).count("B"))
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(text, width=36, initial_indent="  ", subsequent_indent="    "))
print(textwrap.shorten(text, 40), "|", textwrap.shorten("short", 40))
print(len(text.split()), sorted(set(text.lower().split()), key=lambda w: (-len(w), w))[:4])
print("ﬁne".upper(), "İ".lower(), len("İ".lower()), "ß".casefold(), "Σ".lower(), "ΌΣΟΣ".lower(), "ǈ".upper(), "ǈ".lower())
print(unicodedata.name("é"), unicodedata.category("é"), unicodedata.lookup("SNOWMAN"), unicodedata.numeric("½"))
for s in ["naïve", "e\u0301"]:
    print(len(s), len(unicodedata.normalize("NFC", s)), len(unicodedata.normalize("NFD", s)), s.encode("utf-8"))
emoji = "👍🏽 ok 🇫🇷!"
print(len(emoji), emoji[0], emoji[::-1].encode("utf-16-le")[:4], [hex(ord(c)) for c in emoji[:2]], emoji.upper())
print("{:-^20}".format(" center "), "%-8s|%8s|" % ("ab", "cd"), "x".center(6, "é"), "tab\there".expandtabs())
words = "alpha beta gamma delta epsilon".split()
print(" ".join(w[::-1].capitalize() for w in words), max(words, key=len), min(words), "".join(sorted("gamma")))
print(string.Template("$who likes ${what}s; cost $$5").substitute(who="Ann", what="apple"))
try:
    string.Template("$missing").substitute()
except KeyError as e:
    print("KeyError:", e)
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2)[::-1], "hello big world"))
