# re: pattern syntax translated to JS: classes, Unicode categories, flags, anchors, groups.
import re

def show(pattern, text, flags=0):
    try:
        print(repr(pattern), "->", re.findall(pattern, text, flags))
    except re.error as e:
        print(repr(pattern), "error:", e)

# character classes and escapes
show(r"[a-c]+", "abcdcba xyz")
show(r"[^a-c\s]+", "abcd efg")
show(r"[]a]", "a]b")
show(r"[a-]", "a-b")
show(r"[-a]", "-ab")
show(r"[\]\\-]", "]\\-x")
show(r"[\d.]+", "v1.25 and 3")
show(r"[\w-]+", "foo-bar baz_qux")
show(r"[^\W\d]+", "abc123def")
show(r"[\S]+", "a b\tc")
show(r"[\x41-\x43]", "ABCD")
show(r"\u00e9|\U0001F600", "é😀e")
show(r"\101\0\x00", "A\0\0")
show(r"[\101-\103]", "ABCD")
show(r"a{2}", "aaaaa")
show(r"a{2,}", "a aa aaa")
show(r"a{,2}", "aaa")
show(r"a{1,2}?", "aaa")
show(r"x{}", "x{}")
show(r"x{a}", "x{a}")
show(r"x{2", "x{2")
show(r"\{\}\[\]\(\)\.\*\+\?\^\$\|", "{}[]().*+?^$|")
show(r"a.c", "abc a\nc")
show(r"a.c", "abc a\nc", re.S)
show(r"(?s)a.c", "a\nc")
show(r"(?s:a.)c|a.c", "a\nc")

# Unicode categories (str patterns are Unicode by default)
show(r"\w+", "héllo wörld ß 123 ٣ 東京 x_y")
show(r"\w+", "héllo wörld", re.A)
show(r"(?a)\w+", "naïve")
show(r"\d+", "12 ٣٤ ５ ²")
show(r"\d+", "12 ٣٤", re.ASCII)
show(r"\s", "a b\tc\nd\x0be\x0cf\rg\x1ch\x85i\xa0j\u2003k\u3000l\ufeffm")
show(r"\s", "a\x1cb\x85c\xa0", re.A)
show(r"\S+", "a\u2003b")
show(r"\bcat\b", "cat concat cat's bobcat café")
show(r"\bé", "é aé")
show(r"\Bb\B", "abc b abb")
show(r"\W+", "a, b; c")

# anchors
show(r"^\w+", "first line\nsecond line")
show(r"^\w+", "first line\nsecond line", re.M)
show(r"\w+$", "first line\nsecond line\n")
show(r"\w+$", "first line\nsecond line\n", re.M)
show(r"$", "ab\n")
show(r"\A\w|\w\Z", "ab\ncd\n")
show(r"\w\Z", "ab\ncd")
show(r"(?m)^$", "a\n\nb\n")
print(re.search(r"\d$", "5\n"), re.search(r"\d\Z", "5\n"), re.match(r"^$", ""))

# case-insensitive matching
show(r"hello", "Hello HELLO hello", re.I)
show(r"(?i)straße", "STRASSE straße STRAßE")
show(r"[a-z]+", "AbC dEf", re.I)
show(r"[^a-z]+", "AbC12dEf", re.I)
show(r"(?i)k", "k K \u212a")
show(r"(?i)σ", "Σ σ ς")
show(r"(?i:a)b", "ab Ab aB AB")
show(r"a(?i:b)", "ab Ab aB AB")
show(r"(?i)a(?-i:b)", "ab Ab aB AB")
show(r"(?i:[a-c]+)x", "ABCx abcX")
show(r"(?i)(a)\1", "aA Aa aa")
show(r"k", "K \u212a k", re.I | re.A)
show(r"(?i)é", "É é E")
show(r"[é]", "É é", re.I)

# groups, backreferences, lookarounds
show(r"(\w)\1", "hello bookkeeper")
show(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' or \"bye\"")
show(r"(?:ab)+", "ababab ab a")
show(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", "abcdefghijj")
show(r"(a)\1{2}", "aaa aaaa")
show(r"\w+(?=!)", "hi! there wow!")
show(r"\w+(?!\w|!)", "hi! there")
show(r"(?<=\$)\d+", "cost $42 or 17")
show(r"(?<!\$)\b\d+", "cost $42 or 17")
show(r"(?<=ab|cd)x", "abx cdx efx")
show(r"(?<=(a))b", "ab cb")
show(r"(?#a comment)x", "xyz")
show(r"a*+a", "aaa")
show(r"(?>a*)b", "aaab ab b")
show(r"(?>a|ab)c", "abc ac")
show(r"a++b", "aab")
show(r"x?+x", "x")
show(r"(?:a|b)*?c", "ababc")
show(r"(?=(a))(a)", "a")
show(r"(a|b)*", "abab")

# verbose mode
show(r"""
    (\d{3})   # area code
    [-\ ]?    # optional separator (an escaped space)
    (\d{4})   # number
""", "555-1234 5551234 555 1234", re.X)
show(r"(?x) a b c # comment", "abc a b c")
show(r"(?x)[ #]+", "a #b")
show(r"a b(?x: c d) e", "a bcd e")

# alternation and branches
show(r"cat|dog|bird", "dog cat fish bird")
show(r"a|ab|abc", "abc")
show(r"(a|ab)(c|bcd)", "abcd")
show(r"|a", "aa")

# astral characters
show(r".", "a😀b")
show(r"[😀-😂]+", "😀😁😂😃")
show(r"[^a]", "😀a")
print(re.search("b", "😀😀b").span(), re.match("..", "😀😀").group())

# escape
print(re.escape("a.b*c?d+e(f)[g]{h}|i^j$k\\l m\tn-o&p~q#r"))
print(re.escape("héllo_wörld 123"), re.escape(""))
print(re.findall(re.escape("1+1=2?"), "is 1+1=2? yes"))
print(re.purge())

# flag objects
print(re.I, re.M, re.S, re.X, re.A, re.U, re.NOFLAG)
print(re.I | re.M, re.IGNORECASE | re.DOTALL | re.VERBOSE, re.I | 8)
print(int(re.I), re.I == 2, re.I & re.I, re.I & 1, (re.I | re.M) & re.M, re.I + 1)
print(re.I.value, re.MULTILINE.name, hash(re.I) == hash(2))
print(re.compile("x", re.I | re.M).flags, re.compile("(?im)x").flags, re.compile("(?a)x").flags)
print(f"{re.I:d}", "%d" % re.S)
