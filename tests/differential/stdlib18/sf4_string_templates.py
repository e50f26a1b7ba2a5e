"""string: Template corners (custom delimiters/idpattern, safe_substitute, errors), Formatter subclasses, constants, capwords."""
import string
from string import Formatter, Template

t = Template("$who likes $what; ${who}'s total: $$${amount}")
print(t.substitute(who="tim", what="kung pao", amount="4.50"))
print(t.substitute({"who": "ann", "what": "tea"}, amount=3))
print(t.safe_substitute(who="bob"))
for tmpl, kw in [("$missing", {}), ("${unclosed", {"unclosed": 1}), ("$ alone", {}), ("trailing $", {}), ("$1abc", {}), ("${a b}", {})]:
    try:
        print(repr(Template(tmpl).substitute(**kw)))
    except KeyError as e:
        print(repr(tmpl), "KeyError", e)
    except ValueError as e:
        print(repr(tmpl), "ValueError", e)
    print("  safe:", repr(Template(tmpl).safe_substitute(**kw)))
print(Template("$a$b ${a}x $ab").safe_substitute(a=1), Template("$$a").substitute(a=5), Template("x").template)
print(Template("$who and $who").get_identifiers() if hasattr(Template, "get_identifiers") else "no get_identifiers")
print(Template("$ok ${fine} $$ $").is_valid() if hasattr(Template, "is_valid") else "no is_valid", Template("$ok ${fine}").is_valid())


class Percent(Template):
    delimiter = "%"
    idpattern = r"[a-z][_a-z0-9]*"


print(Percent("%name costs %price (100%%)").substitute(name="pen", price="$2"))
try:
    Percent("%Name").substitute(Name=1)
except ValueError as e:
    print("ValueError", e)


class Braces(Template):
    delimiter = "#"
    braceidpattern = r"[A-Z]+"


print(Braces("#{ABC} #abc #{abc}").safe_substitute(ABC=1, abc=2))


class Dotted(Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"
    flags = 0


print(Dotted("$user.name is $user.age").substitute({"user.name": "ann", "user.age": 30}))

f = Formatter()
print(f.format("{0} + {1} = {2:>5}", 1, 2, 3), f.format("{name!r:^10}|{x:.2f}", name="ab", x=3.14159))
print(list(f.parse("a{0}b{name!r:>{width}}c{{d}}")), list(f.parse("")), list(f.parse("{}")))
print(f.vformat("{a[0]}-{b.real}", (), {"a": [9], "b": 3 + 4j}))
try:
    f.format("{} {1}", 1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    f.format("{missing}")
except KeyError as e:
    print("KeyError", e)
try:
    f.format("{0}")
except IndexError as e:
    print("IndexError", e)


class DefaultFormatter(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)

    def format_field(self, value, format_spec):
        if format_spec == "upper":
            return str(value).upper()
        return super().format_field(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)

    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - set(used_args)
        if unused:
            raise ValueError(f"unused: {sorted(unused)}")


df = DefaultFormatter()
print(df.format("{user} has {count:03d} items, {city:upper}, {NAME!l}", user="ann", count=7, city="oslo", NAME="BOB"))
print(df.format("{0} and {absent}", "first"))
try:
    df.format("{a}", a=1, b=2)
except ValueError as e:
    print("ValueError", e)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   big  world"), string.capwords("a-b c-d", "-"), string.capwords("  x  "))
