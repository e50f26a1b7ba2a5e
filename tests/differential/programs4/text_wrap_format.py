import textwrap
import string
from string import Template

TEXT = """The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!
How vexingly quick daft zebras jump; the five boxing wizards jump quickly."""

print(textwrap.fill(TEXT, width=30))
print("---")
for line in textwrap.wrap(TEXT, width=45, initial_indent="* ", subsequent_indent="  "):
    print(f"|{line:<45}|")
print(textwrap.shorten(TEXT, width=50, placeholder=" [...]"))
print(textwrap.indent("a\n\nb\nc", "> "))
print(textwrap.indent("a\n\nb", "+ ", predicate=lambda l: True))
code = """
    def f():
        return 1
"""
print(textwrap.dedent(code).strip())
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("a  b   c", width=3), textwrap.wrap("", 5))

t = Template("Dear $name, you owe ${amount} dollars. $$5 fee. $missing")
print(t.safe_substitute(name="Bob", amount=42))
try:
    t.substitute(name="Bob", amount=1)
except KeyError as e:
    print("KeyError", e)
print(Template("$a$b").substitute({"a": 1}, b=2))
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:6], repr(string.whitespace))
print(string.capwords("hello   world-wide web"), string.hexdigits, string.octdigits)


def table(rows, headers):
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    fmt = "|" + "|".join(f" {{:{'<' if i == 0 else '>'}{w}}} " for i, w in enumerate(widths)) + "|"
    out = [sep, fmt.format(*headers), sep]
    out += [fmt.format(*r) for r in rows]
    out.append(sep)
    return "\n".join(out)


rows = [("apples", 3, 1.5), ("kiwis", 12, 0.25), ("watermelon", 1, 4.0)]
print(table([(n, q, f"{p:.2f}") for n, q, p in rows], ["item", "qty", "price"]))
print("{:^20}".format("centered"), "|{:*^9}|".format("mid"), "{:#x} {:#o} {:#b}".format(255, 8, 5))
print("{0}{1}{0}".format("ab", "cd"), "{name}-{0}".format(1, name="n"), "{:,}".format(1234567.891))
print("{:+.3e}".format(12345.678), "{:g}".format(0.00001234), "{:%}".format(0.25), "{:_}".format(10**8))
print("{!r:>10}".format("x"), "{:<5}|".format(True), "{:05d}".format(-42), "{:=+8.2f}".format(3.14159))
fmt = string.Formatter()
print(fmt.format("{0} and {x}", 1, x=2), list(fmt.parse("a{b}c{d!r:>3}")))
print("tab\there".expandtabs(4), "a,b,,c".split(","), "  x  ".strip(), "x".center(7, "."))
print("Hello World".swapcase(), "straße".casefold(), "ǅ".upper(), "title case me".title(), "ABC".zfill(6))
print("%s has %d items costing %.2f (%5.1f%%)" % ("cart", 3, 9.5, 12.345), "%r %c %x" % ("s", 65, 255))
print("%(a)s-%(b)04d" % {"a": "x", "b": 7}, "%-6s|" % "ab", "%+d" % 5)
