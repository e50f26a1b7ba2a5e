import string
from string import Template, Formatter

t = Template("Hello $name, you owe $$${amount:.2f}? No: ${amount} dollars.")
print(t.substitute(name="Ann", amount=12.5))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="Cy")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("bad $").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$a$b").substitute({"a": 1}, b=2))
print(t.template)
print(Template("${x}y $x").get_identifiers())
print(Template("$ok").is_valid(), Template("$").is_valid())


class Pct(Template):
    delimiter = "%"


print(Pct("100%% of %who").substitute(who="us"))
f = Formatter()
print(f.format("{0} + {1} = {2:>4}", 1, 2, 3))
print(list(f.parse("a{0}b{x!r:>3}c")))
print(string.ascii_letters)
print(string.ascii_uppercase, string.hexdigits, string.octdigits)
print(repr(string.whitespace))
print(len(string.printable))
