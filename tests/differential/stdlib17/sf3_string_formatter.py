"""string.Formatter subclasses (get_value, format_field, convert_field, check_unused_args, parse), Template subclasses, format spec corners."""
import string


class DefaultFormatter(string.Formatter):
    def __init__(self, default="?"):
        super().__init__()
        self.default = default

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key] if key < len(args) else self.default
        return kwargs.get(key, self.default)


f = DefaultFormatter()
print(f.format("{0} {1} {2} {name} {missing}", "a", "b", name="N"))
print(f.format("{:>5}|{x!r:^9}|{y:.2f}", 7, x="s", y=2.0))


class UpperFormatter(string.Formatter):
    def format_field(self, value, format_spec):
        if format_spec.endswith("u"):
            return format(value, format_spec[:-1]).upper()
        return super().format_field(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)


u = UpperFormatter()
print(u.format("{0:u} {0:>8u} {1!l} {1!r} {2:x}", "abc", "MiXeD", 255))


class StrictFormatter(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used_args
        if unused:
            raise ValueError(f"unused: {sorted(map(str, unused))}")


s = StrictFormatter()
print(s.format("{0} {a}", 1, a=2))
try:
    s.format("{0}", 1, 2, b=3)
except ValueError as e:
    print("ValueError:", e)

print(list(string.Formatter().parse("a{0}b{x.y[1]!r:>{w}}c{{d}}e{}")))
print(list(string.Formatter().parse("plain")), list(string.Formatter().parse("{}")))
fm = string.Formatter()
print(fm.format("{0[1]} {p.real} {d[k]}", [9, 8], p=3 + 4j, d={"k": "v"}), fm.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
print(fm.get_field("0.real", (5,), {}), fm.get_field("x[0]", (), {"x": "hi"}))
for bad in ["{", "}", "{0!z}", "{0:{1:{2}}}", "{a.}"]:
    try:
        print(fm.format(bad, 1, 2, 3, a=1))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)


class Percent(string.Template):
    delimiter = "%"


class Braced(string.Template):
    delimiter = "#"
    idpattern = r"[a-z]+"


print(Percent("%who likes %what, 100%% sure").substitute(who="tim", what="kung pao"))
print(Braced("#{x} and #y #Z").safe_substitute(x=1, y=2))
t = string.Template("$a ${b} $$ $c")
print(t.safe_substitute(a=1), t.substitute({"a": 1, "b": 2}, c=3), t.get_identifiers(), t.is_valid())
try:
    t.substitute(a=1)
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("$ bad").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.capwords("hello   world-wide web"), string.capwords("a-b-c", "-"), string.ascii_letters[:5], string.punctuation, repr(string.whitespace))
print(string.digits, string.hexdigits, string.octdigits, len(string.printable))

for spec in ["", ">10", "<10", "^10", "*^11", "=+10", "+", "-", " ", "#x", "#o", "#b", "08.3f", ",", "_", ",.2f", "_x", ".3e", ".0%", "g", ".10g", "#g", "n", "c"]:
    vals = []
    for v in (1234.5678, -42, 0, 65):
        try:
            vals.append(format(v, spec))
        except (ValueError, TypeError, OverflowError) as e:
            vals.append(f"<{type(e).__name__}>")
    print(repr(spec), vals)
print(format("text", "^9"), format("text", ".2"), format("x", "=^5"), f"{'a'!a}", f"{'é'!a}", f"{3.0!s:>5}")
print("{:{fill}{align}{width}}".format("nest", fill="~", align="^", width=10), "{0:.{1}f}".format(3.14159, 2))
