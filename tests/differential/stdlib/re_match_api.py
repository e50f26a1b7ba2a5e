# re: match/search/fullmatch, Match and Pattern objects.
import re

m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m)
print(m.group(0), "|", m.group(1), "|", m.group(2))
print(m.group(1, 2), m.groups(), m[0], m[1], m[2])
print(m.start(), m.end(), m.span(), m.span(1), m.start(2), m.end(2))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re)
print(m.string)
print(m.regs)

m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Malcolm Reynolds")
print(m.group("first"), m.group("last"), m["first"])
print(m.groupdict())
print(m.lastindex, m.lastgroup)
print(m.span("last"), m.start("first"))
print(m.expand(r"\g<last>, \g<first> (\2/\1) \g<0>"))

m = re.match(r"(\d+)\.?(\d+)?", "24")
print(m.groups(), m.groups("0"), m.group(2), m.span(2), m.start(2), m.end(2))
m = re.match(r"(?P<a>x)|(?P<b>y)", "y")
print(m.groupdict(), m.groupdict("-"), m.lastgroup, m.lastindex)
print(m.group(0, "a", "b", 1, 2))

print(re.search("b", "abc"), re.match("b", "abc"), re.fullmatch("abc", "abc"))
print(re.fullmatch("a|ab", "ab"), re.fullmatch(r"\d+", "123\n"), re.fullmatch("a*", ""))
print(re.search(r"\d+", "no digits"))
print(bool(re.search("x", "xyz")), re.search("x", "abc") is None)

p = re.compile(r"o+")
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(p.search("foo boo", 3), p.search("foo boo", 3).span())
print(p.match("foo", 1), p.match("foo", 0), p.fullmatch("foo", 1))
print(p.search("foo", 0, 2), p.search("foooo", 1, 3))
print(p.search("foo", 10), p.search("foo", -5), p.search("foo", 2, 1))
print(p.findall("foo boo zoooo", 2), p.findall("foo boo zoooo", 0, 6))
print([m.span() for m in p.finditer("o oo ooo", 1, 7)])

p = re.compile(r"(?P<key>\w+)=(?P<value>[^;]*)")
print(p.groups, p.groupindex, dict(p.groupindex), p.groupindex["value"])
print(list(p.groupindex), len(p.groupindex), "key" in p.groupindex)
for m in p.finditer("a=1;bb=two;c="):
    print(m.span(), m.group("key"), repr(m.group("value")), m.lastgroup)

# ^ and \b look at text before pos
p = re.compile(r"^\w")
print(p.search("ab", 1), re.compile(r"\bb").search("ab", 1), re.compile(r"\Bb").search("ab", 1))
print(re.compile(r"$").search("abc", 0, 2), re.compile(r"c$").search("abcd", 0, 3))

# lastindex with nesting and order
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex)
print(re.match(r"((a))", "a").lastindex, re.match(r"(a)()", "a").lastindex)
print(re.match(r"a", "a").lastindex, re.match(r"(a)|b", "b").lastindex)

# long match repr is truncated
print(re.match(".*", "x" * 100))
print(re.match(".*", "quote ' and \" and \\ backslash"))
print(re.compile("y" * 250))
print(re.compile("a", re.I | re.M), re.compile("a", re.S | re.X), re.compile("a", re.A))
print(re.compile("(?i)a"), re.compile("(?s)a").flags, re.compile("a", re.U))

# equality and hashing of patterns; the cache returns the same object
print(re.compile("ab+") == re.compile("ab+"), re.compile("ab") == re.compile("ab", re.I))
print(hash(re.compile("q")) == hash(re.compile("q")), re.compile("z") is re.compile("z"))
print(re.compile(re.compile("ab")).pattern)
print(type(re.compile("a")).__name__, type(re.match("a", "a")).__name__)
print(isinstance(re.compile("a"), re.Pattern), isinstance(re.match("a", "a"), re.Match))

# errors from the Match API
m = re.match(r"(a)(?P<n>b)", "ab")
for bad in (3, -1, "zz", 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)
for bad in ("x", 7):
    try:
        m.start(bad)
    except IndexError as e:
        print("IndexError:", e)
try:
    m.expand(r"\g<zz>")
except IndexError as e:
    print("IndexError:", e)
try:
    re.search("a", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(5)
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)
