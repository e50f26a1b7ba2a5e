"""textwrap and string module in a report formatter."""
import string
import textwrap
from string import Template, Formatter

para = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")
for width in (30, 45):
    print(f"--- width {width}")
    print(textwrap.fill(para, width=width))
print(textwrap.wrap(para, 25, max_lines=3, placeholder=" [...]"))
print(textwrap.shorten(para, width=50), "|", textwrap.shorten("Hello  world!", width=12))
print(textwrap.fill(para, 40, initial_indent="* ", subsequent_indent="  "))
code = """
    def f():
        return 1
    # comment
"""
print(repr(textwrap.dedent(code)))
print(textwrap.indent("a\nb\n\nc", "> "), textwrap.indent("a\n\nb", "+ ", lambda l: True), sep="\n")
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("a-very-long-hyphenated-word here", 8, break_on_hyphens=True))
print(textwrap.wrap("\tTabbed\ttext here", 12, expand_tabs=True), textwrap.wrap("", 5), textwrap.wrap("   ", 5))
print(textwrap.fill("one two three", width=7, drop_whitespace=False))

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wide  world"), string.capwords("a-b c-d", "-"))

t = Template("Dear $name, your order #${order_id} of $$${amount} ships on $day.")
print(t.substitute(name="Ann", order_id=42, amount="9.99", day="Monday"))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="Cy")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$a$b").substitute({"a": 1}, b=2), Template("${x}y").template)


class Percent(Template):
    delimiter = "%"


print(Percent("100%pct of %who").substitute(pct="", who="people"))
fmt = Formatter()
print(list(fmt.parse("Hello {name:>10} and {0!r}!")))
print(fmt.format("{0}-{x}", "a", x="b"), "{:^9}".format("mid"), "{0[1]} {1[k]}".format("xy", {"k": "v"}))


class Rec:
    name = "rec"
    items = [10, 20]


print("{0.name} {0.items[1]} {{literal}} {1:*<6}".format(Rec, "ab"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
rows = [("apples", 3, 1.25), ("kiwis", 12, 0.5), ("watermelons", 1, 4.0)]
w = max(len(r[0]) for r in rows)
for name, qty, price in rows:
    print("{:<{w}} {:>3} x {:>5.2f} = {:>6.2f}".format(name, qty, price, qty * price, w=w))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30}, "%5s|%-5s|%05.1f|%x|%o|%e" % ("a", "b", 3.14159, 255, 8, 12345.678))
print("%r %a %%" % ("é", "é"), "%3d|%-3d|%+d" % (5, 5, 5), "%.3s" % "abcdef", "%*d" % (5, 42))
