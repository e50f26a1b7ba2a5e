import string
from string import Template, Formatter

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   world  from python"), string.capwords("a-b-c", "-"))

t = Template("$who likes $what; ${who}'s cost: $$10")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute({"who": "ann"}))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError", e)
print(Template("$a $b").get_identifiers(), Template("$a ${b}").is_valid(), Template("$").is_valid())


class PercentTemplate(Template):
    delimiter = "%"


print(PercentTemplate("%x and %{y}").substitute(x=1, y=2))

f = Formatter()
print(f.format("{0} + {1} = {2:>5}", 1, 2, 3))
print(f.format("{name!r:^10}|{n:08.3f}", name="ab", n=3.14159))
print(list(f.parse("a{0}b{x!s:>3}c{{d}}")))
print(f.vformat("{a[0]}-{b.real}", (), {"a": [9], "b": 3}))


class UpperFormatter(Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)


print(UpperFormatter().format("{greeting}, {missing} {0}", "x", greeting="hello"))
