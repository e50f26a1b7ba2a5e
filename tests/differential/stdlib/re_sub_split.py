# re: sub, subn, split, findall, finditer and CPython's empty-match rules.
import re

print(re.sub(r"\s+", " ", "  a   b \t\n c  "))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home and ann@work"))
print(re.sub(r"(?P<word>\w+)", r"<\g<word>>", "hi there"))
print(re.sub(r"(\w)", r"\g<1>\g<0>", "abc"))
print(re.sub(r"a", r"\n\t\\", "xax") == "x\n\t\\x")
print(repr(re.sub(r"a", r"\0", "ab")), repr(re.sub(r"a", r"\101", "ab")), repr(re.sub("a", r"\08", "ab")))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub("x", "-", "axbxcx", 2), re.sub("x", "-", "axbxcx", count=1))
print(re.sub("x", "-", "axbx", count=-1), re.sub("x", "-", "axbx", 0))
print(re.subn(r"\d", "#", "a1b22c333"), re.subn("z", "y", "abc"))
print(re.sub("A", "b", "aAa", flags=re.I), re.sub("a", "b", "aAa", 0, re.I))

def up(m):
    return m.group(0).upper()
print(re.sub(r"\b\w", up, "the quick brown fox"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.sub(r"x", lambda m: None, "axbxc"))
print(re.subn(r"(\w)(\d)", lambda m: m.group(2) + m.group(1), "a1 b2 c3"))

class Counter:
    def __init__(self):
        self.n = 0
    def repl(self, m):
        self.n += 1
        return f"<{self.n}>"
c = Counter()
print(re.sub("o", c.repl, "foo boo"), c.n)

# empty matches
print(re.sub("x*", "-", "abxd"))
print(re.sub("a??", "-", "aab"))
print(re.sub("", "-", "abc"), re.sub("$", "!", "ab\n"), re.sub("^", ">", "a\nb", flags=re.M))
print(re.sub(r"\b", "|", "ab cd"), re.sub(r"\B", "-", "abc"))
print(re.subn(r"x*", "-", "axbc"))
print(re.findall(r"a|", "bab"), re.findall(r"x*", "axxb"), re.findall("", "ab"))
print([m.span() for m in re.finditer(r"\w*", "ab cd")])
print([m.span() for m in re.finditer(r"a*?", "aa")])
print(re.findall(r"(?:a|)b?", "abb"))

# findall with groups
print(re.findall(r"(\w)=(\d)?", "a=1 b= c=3"))
print(re.findall(r"(\w+)@", "x@ yy@ zzz"))
print(re.findall(r"((a)(b)?)", "ab a"))

# split
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1))
print(re.split(r"\W+", "Words, words, words.", maxsplit=2))
print(re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(\W+)", "...words, words..."))
print(re.split(r"\b", "a b"), re.split(r"", "abc"), re.split(r"x*", "axbc"))
print(re.split(r"(a)(x)?", "bab"), re.split("a", "bab", maxsplit=-1))
print(re.split(r"\s*", "a b  c"), re.split("(?m)^$", "a\n\nb\n"))
print(re.split(",", ""), re.split("x*", ""), re.split("(,)", ",a,"))

# pattern methods with pos/endpos
p = re.compile(r"\d")
print(p.sub("#", "a1b2"), p.subn("#", "1234", 3), p.split("a1b2c3", 2))
print(list(p.finditer("12345", 1, 4)), p.findall("12345", 1, 4))
it = p.finditer("a1b2")
print(next(it).group(), next(it).group())

# astral characters: positions count code points
s = "😀a😀bb😀"
print([m.span() for m in re.finditer(r"[ab]+", s)], re.findall(".", s))
print(re.sub("😀", "<e>", s), re.split("(a|b)", s), re.search("b", s, 0))
print(re.compile("b").search(s, 4), re.sub("", "|", "😀x"), re.findall(r"\W", s))

# template errors are raised even without a match
for args in [(r"(a)", r"\2", "x"), ("a", r"\g<x>", "x"), ("a", r"\q", "x"), ("a", r"\g<1", "x"),
             ("a", "\\", "x"), ("(a)", r"\g<-1>", "x"), ("a", r"\g<>", "x"), ("a", r"\400", "a")]:
    try:
        print(repr(re.sub(*args)))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub("a", lambda m: 5, "xa")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub("a", 5, "a")
except TypeError as e:
    print("TypeError:", e)
