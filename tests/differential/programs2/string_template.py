import string
from string import Template, Formatter

t = Template("Hello $name, you owe $$${amount}? No: ${amount} dollars.")
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


class Upper(Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)


u = Upper()
print(u.format("{0!u} {name!u} {missing} {0!r:>8}", "abc", name="bob"))
print(f.format("{} {} {:{}}", 1, 2, 3, 5), f.format("{a[0]} {a[1]:.1f} {b.real}", a=[7, 2.25], b=3))
print(f.vformat("{x}-{0}", ("p",), {"x": "q"}))
for bad in ["{0", "}", "{!}"]:
    try:
        f.format(bad, 1)
    except ValueError as e:
        print("ValueError:", e)
try:
    f.format("{} {0}", 1)
except ValueError as e:
    print("ValueError:", e)
print(list(f.parse("{{lit}} {0:{1}} end")))
