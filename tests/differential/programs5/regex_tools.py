"""re: groups, named groups, sub with functions, finditer, split, flags."""
import re

log = """2024-03-01 12:00:01 INFO  user=alice action=login ip=10.0.0.1
2024-03-01 12:05:17 WARN  user=bob action=upload size=1.5MB
2024-03-01 12:07:00 ERROR user=alice action=upload error="disk full"
2024-03-02 08:00:00 INFO  user=carol action=logout"""

LINE = re.compile(r"(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+(?P<rest>.*)")
for line in log.splitlines():
    m = LINE.match(line)
    fields = dict(re.findall(r'(\w+)=("[^"]*"|\S+)', m["rest"]))
    print(m.group("level"), m.group(1, 2), fields)

m = LINE.match(log)
print(m.span(), m.start("level"), m.end("level"), m.groupdict()["level"], m.lastgroup, m.lastindex)
print(m.groups()[:3], m.re.pattern[:20], m.string[:10])
print(re.findall(r"user=(\w+)", log), re.findall(r"(\d\d):(\d\d)", log)[:2])
print([m.group() for m in re.finditer(r"\b[A-Z]{4,5}\b", log)])


def redact(match):
    user = match.group(1)
    return f"user={user[0]}{'*' * (len(user) - 1)}"


print(re.sub(r"user=(\w+)", redact, log.splitlines()[0]))
print(re.sub(r"(\d+)", lambda m: str(int(m.group()) * 2), "a1b22c333"))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>/\g<m>/\g<y>", "on 2024-03-01 and 2023-12-31"))
print(re.sub(r"(a)(b)?", r"[\1|\2]", "ab a"), re.subn(r"\s+", " ", "a  b\t\tc\n d"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(\d)", "a1b2c"), re.split(r"x*", "axbc"), re.split(",", "a,b,c", maxsplit=1))
print(re.fullmatch(r"\w+@\w+\.\w{2,}", "me@host.org") is not None, re.fullmatch(r"\d+", "12a"))
print(re.search(r"colou?r", "The COLOR red", re.I).group(), re.match(r"b", "abc"), re.search(r"^b", "a\nb", re.M).start())
print(re.findall(r"^\w", "one\ntwo\nthree", flags=re.MULTILINE), re.findall(r"a.c", "a\nc abc", re.S))
verbose = re.compile(r"""
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
""", re.VERBOSE)
print(verbose.findall("call 555-1234 or 555.9876 or 5551111"))
print(re.escape("1+1=2? (yes)"), re.findall(r"(?i)hello", "Hello HELLO hello"))
print(re.findall(r"(?<=\$)\d+", "cost $30, $45"), re.findall(r"\d+(?!px)", "10px 20em 30"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"), re.findall(r"(\w)\1", "aabbcd"))
m = re.search(r"(a)(x)?", "a")
print(m.groups(), m.groups("-"), m.group(2), m.span(2))
print(re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe").expand(r"\g<last>, \g<first>"))
pat = re.compile(r"\d+")
print(pat.search("abc 123 def 45", 8), pat.findall("1 22 333", 2), pat.sub("#", "a1b2", count=1), pat.flags & re.UNICODE != 0)
print(repr(pat), repr(re.compile("a", re.I | re.M)))
print(re.match(r"\d+", "42abc"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error:", e)
try:
    m = re.match(r"(a)", "a")
    m.group(3)
except IndexError as e:
    print("IndexError:", e)
words = re.findall(r"[\w']+", "It's a dog's life, isn't it? Ünïcödé wörds too")
print(words, len(words))
print(re.sub(r"\s+", lambda m: "_" if len(m.group()) == 1 else "__", "a b  c   d"))
print(bool(re.search(r"\bcat\b", "concat")), bool(re.search(r"\bcat\b", "a cat!")))
