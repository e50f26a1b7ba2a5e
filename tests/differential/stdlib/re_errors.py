# re: re.error messages, positions, attributes, and other exceptions of compile.
import re

patterns = [
    "(", ")", "a)", "*", "a**", "a{2}{3}", "+a", "?", "[a", "[", "[]", "[^]", "[z-a]", r"[\d-z]",
    r"[a-\d]", r"\q", r"\x4", r"\xzz", r"\u12", r"\U0011ffff", r"\99", r"\1(a)", r"(a\1)", r"\2(a)(b)",
    "(?P<1>a)", "(?P<a-b>x)", "(?P<a>x)(?P<a>y)", "(?P=x)", "(?P<a>x)(?P=b)", "(?Px)", "(?P", "(?",
    "(?z)", "(?<x)", "(?<=a+)b", "(?<=a|bc)b", "(?<!a*)b", "(?#comment", "a{2,1}", "x(?i)y", "(?i)(?m)x",
    "(?i-i:a)", "(?-a:x)", "(?au)x", "(?L)x", "(?x", "(?i", "(?-", "(?-:a)", "(?i-:a)", "(?t:a)",
    "a\n(b", "abc\ndef\n(", "(?<=(a)\\1)", "\\", "[a-\\", "(?P<a>a)(?(b)x)", "(?(1x)a)", "(?(0)a)",
    "a|*", "^*", "$+", r"\b*", "(?:)*",
]
for p in patterns:
    try:
        r = re.compile(p)
        print(repr(p), "ok", r.groups)
    except re.error as e:
        print(repr(p), "->", e)
        print("   ", repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)

for p, f in [("a", re.L), ("a", re.A | re.U)]:
    try:
        re.compile(p, f)
    except ValueError as e:
        print("ValueError:", e)
try:
    re.compile("a{4294967296}")
except OverflowError as e:
    print("OverflowError:", e)

# re.error is an Exception subclass that can be raised and caught like any other
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
e = re.error("custom message")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error("bad thing", "ab\ncd", 4)
print(e, e.lineno, e.colno)
try:
    raise re.error("raised by hand")
except re.error as exc:
    print("caught:", exc)

def check(pattern):
    try:
        re.compile(pattern)
        return "valid"
    except re.error as exc:
        return f"invalid: {exc.msg} (pos {exc.pos})"

for p in [r"\d+", r"(\d+", r"[0-9", r"(?P<year>\d{4})-(?P<month>\d\d)"]:
    print(p, "=>", check(p))

# an uncaught re.error ends the program with a traceback
re.compile("(unclosed")
