"""re: groups, lookarounds, finditer, sub with functions and templates, split, flags, errors."""
import re

text = "Order #1234 on 2023-04-05 by alice@example.com; order #99 on 2023-12-31 by Bob.Smith@mail.co.uk (VIP)."
m = re.search(r"#(?P<num>\d+) on (?P<date>(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d))", text)
print(m, m.group(), m.group(1, "y"), m.groups(), m.groupdict(), m.span("date"), m.start(3), m.end("d"), m.lastindex, m.lastgroup)
print(m["num"], m.expand(r"\g<d>/\g<m>/\g<y> (\1)"), m.re.pattern[:10], m.string is text, m.pos, m.endpos)
print([mm.groupdict() for mm in re.finditer(r"(?P<user>[\w.]+)@(?P<host>[\w.]+?)(?=[;\s)]|\.$)", text)])
print(re.findall(r"\d+", text), re.findall(r"(\d+)-(\d+)", text), re.findall(r"(?i)order", text), re.findall(r"(a)|(b)", "ab"))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3.\2.\1", text))
print(re.sub(r"\d+", lambda mm: str(int(mm.group()) * 2), "a1b22c333"), re.sub("x*", "-", "abxd"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there", count=1))
print(re.subn(r"\s+", " ", "a  b\t\tc\n d"), re.sub(r"^", "> ", "l1\nl2\nl3", flags=re.M), re.sub(r"$", "!", "a\nb", flags=re.M))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."), re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"(?:,)|(;)", "a,b;c"), re.split(r"x*", "axbc"), re.split(r"\b", "one two"), re.split("(a)(b)?", "cabcac"))
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234"), re.fullmatch(r"\d+", "12a"), re.match(r"a|ab", "ab").group(), re.fullmatch(r"a|ab", "ab").group())
print(re.search(r"(?<=\$)\d+(\.\d\d)?", "cost: $42.50").group(), re.findall(r"(?<!\d)\d{2}(?!\d)", "1 12 123 45"), re.findall(r"\b(\w)(\w)\2\1\b", "abba otto aa"))
print(re.findall(r"(?=(\w\w))", "abcd"), re.findall(r"(?:ab)+", "ababxab"), re.findall(r"a{2,3}?", "aaaaaa"), re.findall(r"[^\W\d_]+", "ab1_cd é"))
pat = re.compile(r"""
    ^(?P<key>[a-z_][a-z0-9_]*)   # key
    \s*=\s*
    (?P<val>"[^"]*"|\S+)         # value
    \s*(?:\#.*)?$                # comment
""", re.X | re.I)
for line in ['name = "x y"  # c', "Port=8080", "bad line", "_k = v"]:
    mm = pat.match(line)
    print(repr(line), mm.groupdict() if mm else None)
print(re.findall(r"^\w+", "first\nsecond", re.M), re.findall(r".+", "a\nb"), re.findall(r"(?s).+", "a\nb"), re.search(r"a.c", "A\nC", re.S | re.I).group())
print(re.match(r"(?x) a  b # comment", "ab").group(), re.match(r"(?i:A)b", "ab"), re.match(r"(?i:A)b", "aB"), bool(re.match(r"\u00e9", "é")))
print(re.escape("1+1=2? [yes] (a.b) $5 ^_^ a-b"), re.escape("tab\there"), re.purge())
print(re.findall(r"\bcat\b", "cat catalog bobcat cat."), re.findall(r"\Bcat", "cat catalog bobcat"), re.findall(r"\Aab|cd\Z", "abxcd"))
print(re.match(r"(a)(b)?(c)", "ac").groups(), re.match(r"(a)(b)?(c)", "ac").groups("-"), re.match(r"(a)(b)?", "a").group(2), re.match("(?P<x>a)|(?P<y>b)", "b").groupdict(0))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub(r"(?P<n>\d)", r"\g<0>\g<n>\g<1>", "a1"), re.sub("a", r"\n", "bab"), re.sub("a", "\\\\", "bab"))
print(re.compile(r"\d").flags, re.compile(r"\d", re.A).flags, re.I | re.M, repr(re.I | re.M), re.compile("x", re.I) == re.compile("x", re.I), repr(re.compile(r"a\d", re.I | re.S)))
print(repr(re.compile("abc")), repr(re.match("a", "a")), str(re.RegexFlag.VERBOSE), re.NOFLAG if hasattr(re, "NOFLAG") else "")
errs = ["(", "a)", "[a-", "*a", "a{2,1}", "(?P<1>x)", "(?P<n>a)(?P<n>b)", r"\1", "(?<=a+)b", "[z-a]", r"\k", "(?Pfoo)", "a**", "(?", r"\p{L}", "x{65536}"]
for e in errs:
    try:
        re.compile(e)
        print(repr(e), "compiled")
    except re.error as ex:
        print(repr(e), "re.error:", ex, "| pos", ex.pos, "msg", ex.msg)
try:
    re.sub("(a)", r"\2", "a")
except re.error as ex:
    print("re.error:", ex)
try:
    re.sub("(?P<x>a)", r"\g<y>", "a")
except IndexError as ex:
    print("IndexError:", ex)
try:
    re.match("(a)", "a").group(3)
except IndexError as ex:
    print("IndexError:", ex)
try:
    re.compile("a", re.A | re.U)
except ValueError as ex:
    print("ValueError:", ex)
sc = re.compile(r"\d+")
print(sc.search("ab12cd34", 4), sc.match("ab12", 2), sc.findall("1 22 333", 2, 6), sc.sub("#", "a1b2", 1), sc.split("a1b2c"), sc.fullmatch("x12", 1))
tok = re.compile(r"(?P<NUM>\d+(?:\.\d*)?)|(?P<ID>[A-Za-z_]\w*)|(?P<OP>[-+*/()=])|(?P<WS>\s+)|(?P<ERR>.)")
print([(mm.lastgroup, mm.group()) for mm in tok.finditer("x1 = 3.5*(y - 2) $") if mm.lastgroup != "WS"])
print(re.findall(r"(\w+)=(\d+)", "a=1, b=22, c=x"), dict(re.findall(r"(\w+)=(\d+)", "a=1, b=22")), re.search(r"(?m)^$", "a\n\nb").span())
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"), re.sub(r"([A-Z])", r"_\1", "camelCaseName").lower(), re.sub(r"\s+$", "", "trail   "))
print(re.match(r"(\w+) (?P<last>\w+)", "Jane Doe").span(2), len(re.findall(".", "héllo wörld")), re.findall(r"\w+", "naïve café ñ"), re.findall(r"(?a)\w+", "naïve café"))
print(re.Match.__name__, re.Pattern.__name__, isinstance(sc, re.Pattern), callable(getattr(re, "template", None)))
