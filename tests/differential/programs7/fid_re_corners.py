# re: groups, named groups, groupdict defaults, sub with a function and backrefs, finditer spans,
# split with groups and maxsplit, fullmatch, flags, lookarounds, non-greedy, escape.
import re

m = re.match(r"(?P<key>\w+)\s*=\s*(?P<val>[^#]*?)\s*(#.*)?$", "width = 42   # px")
print(m.group(0), m.group("key"), m.group(2), m.groups(), m.groupdict(), m.span("val"), m.start(3), m.lastindex, m.lastgroup)
m2 = re.search(r"(a)(b)?", "xac")
print(m2.groups(), m2.groups("-"), m2.group(1, 2), m2.groupdict())
print(re.sub(r"(\d+)", lambda mm: str(int(mm.group(1)) * 2), "a1 b22 c333"))
print(re.sub(r"(?P<w>\w+)@(\w+)", r"\2 at \g<w>", "joe@site ann@web"), re.subn("a", "A", "banana", count=2))
print([(mm.group(), mm.span()) for mm in re.finditer(r"\b\w{3}\b", "the cat sat on a mat")])
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c"), re.split(r"\s+", " x y ", maxsplit=1))
print(re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"\d+", "no digits"), re.findall(r"a|(b)", "ab"))
print(bool(re.fullmatch(r"\d{3}-\d{4}", "555-1234")), re.fullmatch(r"\d+", "12a"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.c", "a\nc abc", re.S), re.search(r"HELLO", "say hello", re.I).group())
print(re.findall(r"\w+(?=!)", "hey! you! there"), re.findall(r"(?<=\$)\d+", "$10 and $20"), re.sub(r"(?<!\d)0+", "", "007 100"))
print(re.findall(r"<.+?>", "<a><b>"), re.findall(r"<.+>", "<a><b>"), re.escape("1+1=2? (yes)"))
pat = re.compile(r"(?x) (\d+) \s* ([a-z]+)  # number then unit")
print(pat.findall("10 kg, 5m"), pat.pattern.startswith("(?x)"), pat.groups, pat.search("x 7 s").expand(r"\2=\1"))
print(re.sub(r"\s+", " ", "  many   spaces\there ").strip(), re.sub("", "-", "abc"), re.split("x*", "axbc"))
print(repr(re.match("a", "b")), re.compile("ab").match("zab", 1).group(), re.search(r"(\d)\1", "1223").group())
