# Fast paths for str: strip with and without chars, split() of long text, capitalize/upper of
# ASCII and special-cased text, indexing near the ends, iterating long strs, ord.
hs, ls = chr(0xD800), chr(0xDC00)
print("  a b  ".strip(), "|" + "\t\n a \x1c".strip() + "|", "\u3000x\u3000".strip(), ascii("x\x85".strip()), "\xa0".strip() == "")
print("  a ".lstrip() + "|", "| a  ".rstrip() + "|", "|" + "   ".strip() + "|", "|" + "".strip() + "|")
print("0012a3400".strip("0123456789"), "xxaxx".strip("x"), "😀a😀".strip("😀"), "😀a😀".strip("a"))
print(ascii((chr(0xD83D) + "a" + chr(0xDE00)).strip(chr(0xDE00))), ascii((hs + "a" + ls).strip("a")))
print("abc".strip(""), "".strip("ab"), "aaa".strip("a"), "ab".lstrip("a"), "ab".rstrip("b"), "xyz".strip("abcdefghijklmnopqrstuvwxyz0123"))
for chars in ["0123456789", "ab", "ba", "0123456789"]:
    print([w.strip(chars) for w in ["12ab34", "ab", "9ba9x", "", "b1a"]])
print("hello".capitalize(), "HELLO wORLD".capitalize(), "".capitalize(), "ǆa".capitalize(), "ßa".capitalize())
print("éA".capitalize(), "1abc".capitalize(), "a".capitalize(), "ΣΑΣ ΣΑΣ".capitalize(), "😀aB".capitalize())
print("abcƛ".upper(), "straße".upper(), "abc".upper(), "ﬁ".upper(), "ΣΑΣ".lower(), "İ".lower(), ("A" * 20 + "ƛ").upper())
s = "😀ab"
print(s[0], s[1], s[-1], s[-2], s[-3])
t = "ab😀c"
print(t[0], t[1], t[2], t[3], t[-1], t[-2], t[-3], t[-4])
print("abc"[True], "abc"[False], "abc"[-True])
print(ascii((hs + "x")[0]), ascii(("x" + ls)[-1]), ascii(("x" + ls)[1]), ascii(("x" + hs)[-1]))
for bad in [3, -4, 10, -10, 8, -9]:
    try:
        print("abc"[bad])
    except IndexError as e:
        print("IndexError", e)
try:
    print("abc"[float(1)])
except TypeError as e:
    print("TypeError", e)
words = ["ka", "ro", "mi😀", "te"] * 100
text = " ".join(words)
print(len(text.split()), text.split()[:5], text.split()[-3:])
print(len(("  " + text + "  ").split()), len(text.replace(" ", "   ").split()), len((text + "\n" + text).split()))
print(len((text + "\u3000" + text).split()), (text + "\x1c" + "end").split()[-2:])
h = 0
n = 0
for ch in text + "é\U0010FFFF" + hs + "z" + ls:
    h = (h * 131 + ord(ch)) % 1000000007
    n += 1
print(h, n, len(text))
print([ch for ch in "a😀b" * 10][:4], ord("😀"), ord("a"), ord(hs))
for bad in ["", "ab", "😀😀"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError", e)
w = ""
for i in range(40):
    w += "ab"[i % 2]
print(w, len(w))
print("abcb".replace("b", "$&"), "a$b".replace("$", "$$"), "xyx".replace("x", "$'"), "kaka ka".replace("ka", "KA"), "aaa".replace("a", ""))
print("aaa".replace("aa", "b"), "abc".replace("", "-"), "😀x😀".replace("😀", "$1"), "abab".replace("ab", "ab", 1))
many = [str(i % 97) if i % 5 else ("" if i % 3 else "😀") for i in range(20000)]
joined = "-".join(many)
print(len(joined), joined[:30], joined[-30:], joined.count("😀"), len("".join(many)), len(", ".join(many).split(", ")))


class S(str):
    pass


print("|".join([S("a")] * 9000)[:12], len("|".join([S("a")] * 9000)))
try:
    "".join(["a"] * 9000 + [1])
except TypeError as e:
    print("TypeError", e)
