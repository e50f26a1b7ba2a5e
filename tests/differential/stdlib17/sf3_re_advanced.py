"""re: possessive quantifiers and atomic groups (3.11), lookarounds, named groups, Scanner, sub with functions, flags, errors."""
import re

print(re.findall(r"a*+a", "aaaa"), re.findall(r"a*a", "aaaa"), re.findall(r"(?>a*)a", "aaaa"), re.findall(r"(?>ab|a)c", "abc ac"))
print(re.fullmatch(r"\d++\.\d?+", "123.4"), re.search(r"x{2,}+y", "xxxxy"), re.match(r"(?:ab)++c", "ababc").group())
print(re.findall(r"[a-z]?+b", "abb ab b"), re.sub(r"\s++", " ", "a   b \t c"))

print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "cost $12.50, tax $3 and 7"), re.findall(r"\b\w+(?=ing\b)", "sing running walking ring"))
print(re.findall(r"(?<!un)happy", "happy unhappy happy"), re.split(r"(?<=[.!?])\s+", "One. Two! Three? Four"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567890"), re.sub(r"\B(?=(\d{3})+(?!\d))", "_", "12345678"))

m = re.match(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?", "2024-03")
print(m.groupdict(), m.groupdict("??"), m.group("year", "month"), m.span("month"), m.start("day"), m.lastgroup, m.lastindex, m.re.groupindex)
print(m.expand(r"\g<month>/\g<year> \2"), repr(m), m.regs if hasattr(m, "regs") else "")

def repl(mo):
    n = int(mo.group())
    return str(n * n) if n % 2 else mo.group()

print(re.sub(r"\d+", repl, "1 2 3 10 11"), re.subn(r"o", "0", "foo boo", count=3), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"))
print(re.sub(r"x*", "-", "abxd"), re.split(r"x*", "axbc"), re.split(r"(,)\s*", "a, b,c", maxsplit=1), re.split(r"\W+", "...words, here...", flags=re.I))
print(re.sub(r"(?i)HELLO", "bye", "Hello hello HELLO"), re.findall(r"(?m)^\w+$", "one\ntwo three\nfour"), re.findall(r"(?s)a.b", "a\nb"))
print(re.findall(r"(?x) \d+ # digits \n | [a-z]+ # letters", "ab12cd"), re.compile(r"a", re.I | re.M).flags & (re.I | re.M))
print(re.escape("1+1=2? [yes] (a|b) ^$ \\ ~ -"), re.fullmatch(r"[\w.-]+", "a.b-c_d"), bool(re.fullmatch(r"(?a)\w+", "héllo")), bool(re.fullmatch(r"\w+", "héllo")))

scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", lambda s, t: ("NAME", t)),
    (r"\d+\.\d*", lambda s, t: ("FLOAT", float(t))),
    (r"\d+", lambda s, t: ("INT", int(t))),
    (r"[-+*/=()]", lambda s, t: ("OP", t)),
    (r"\s+", None),
])
print(scanner.scan("x = 3.5 * (y + 42) - z"))
print(scanner.scan("a = 1 $ b"))

for bad in [r"(abc", r"a{2,1}", r"[z-a]", r"(?P<n>a)(?P<n>b)", r"\8", r"(?<=a+)b", r"*a"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e.msg, e.pos)

tok_spec = [("NUMBER", r"\d+(?:\.\d*)?"), ("ASSIGN", r":="), ("END", r";"), ("ID", r"[A-Za-z]+"), ("OP", r"[+\-*/]"), ("NEWLINE", r"\n"), ("SKIP", r"[ \t]+"), ("MISMATCH", r".")]
tok_re = re.compile("|".join(f"(?P<{n}>{p})" for n, p in tok_spec))
line = 1
for mo in tok_re.finditer("total := price * 3;\nx := total / 2.5 + y;"):
    kind = mo.lastgroup
    if kind == "NEWLINE":
        line += 1
    elif kind != "SKIP":
        print(line, kind, mo.group(), mo.start(), end=" | ")
print()
print(re.findall(r"(a)(b)?", "ab a"), re.findall(r"((a)|b)", "abab"), re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)|(b)", "b").groups("-"))
print([m.span() for m in re.finditer(r"", "abc")], re.sub(r"", "|", "abc"), re.search(r"^$", "a\n\nb", re.M).span())
print(re.match(r"(?P<a>x)(?P<b>y)?", "x").groupdict(), re.compile(r"(?P<first>\w+) (?P<last>\w+)").groupindex["last"], re.purge())
print(re.findall(r"\d{2,3}?", "12345"), re.findall(r"<.*?>", "<a><b>"), re.findall(r"[^\W\d]+", "ab12_cd"), re.findall(r"[\s\S]{2}", "abcde"))
