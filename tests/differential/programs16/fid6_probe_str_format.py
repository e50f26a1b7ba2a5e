# str.format with nested fields, attribute/index access and conversions; %-formatting with dicts.
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ["a", "b"]
        self.meta = {"k": "v", 1: "one"}

    def __repr__(self):
        return f"Pt({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x},{self.y}>"

    def __format__(self, spec):
        return f"Pt[{spec}]" if spec else str(self)


p = Pt(3, -4.5)
print("{0.x} {0.y:+.2f} {0.tags[1]} {0.meta[k]} {0.meta[1]}".format(p))
print("{p.x:{w}} | {p.y:{fill}{align}{w}.{prec}f} |".format(p=p, w=8, fill="*", align="^", prec=1))
print("{:{}{}}".format(42, ">", 6), "{0:{1}}".format("x", 5) + "|", "{!r:>12}".format(p), "{!s:^12}".format(p), "{:abc}".format(p))
print("{0[0]}{0[1]}{1[x]}".format("hi", {"x": "!"}), "{a[2]}".format(a=range(10)), "{0}{1}{0}".format("ab", "cd"))
print("{{literal}} {} {{{}}}".format(1, 2), "{:}".format(3.0), "{!a}".format("café ☃"), "{0!r:^10}".format(1.5))
for fmt, args, kw in [("{} {}", (1,), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{0.nope}", (p,), {}), ("{0[5]}", ([1],), {}),
                      ("{:d}", ("s",), {}), ("{:.2f}", ("s",), {}), ("{!z}", (1,), {}), ("{", (), {}), ("}", (), {}),
                      ("{0:{1}}", (1,), {}), ("{:,d}", (1.5,), {}), ("{:=5}", ("ab",), {}), ("{:05s}", ("ab",), {}), ("{:c}", (-1,), {})]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError, OverflowError) as e:
        print(f"{fmt!r}: {type(e).__name__}: {e}")
print("{:c}{:c}".format(65, 0x263A), "{:%}".format(0.25), "{:.0%}".format(0.125), "{:e}".format(12345.678), "{:G}".format(1e-10))
print("{:#x} {:#o} {:#b} {:X} {:_b} {:,} {:_}".format(255, 8, 5, 3054, 1023, 10 ** 7, 123456.789))
print("{:+} {: } {:-} {:=+8} {:08.3f} {:<+8d}|".format(5, 5, -5, 42, -3.14159, 7))
print("{:n} {:g} {:g} {:g} {:.3g} {:#.3g} {:.10g}".format(1234567, 1e16, 1.5e-5, 100000.0, 0.0001234, 1.0, 2 / 3))
print(format(1234.5, ",.1f"), format(-0.0, ".1f"), format(float("nan"), "+.2f"), format(float("-inf"), "08.2f"), format(True, "d"), format(3, ".2f"))
print(format("text", "*^11"), format("text", ".2"), format(12, "x>+6"), format(1 + 2j, ".1f"), format(complex(-1.5, 0), ""), format(2j, ">8"))
print("%s %r %a" % ("s", "r", "é"), "%(name)s is %(age)d years, %(age)05.1f" % {"name": "Ann", "age": 41},
      "%5s|%-5s|%.2s" % ("ab", "cd", "efgh"), "%c%c" % (72, "i"), "%x %X %o %#x %#o %e %G" % (255, 255, 8, 255, 8, 1234.5, 1e-7))
print("%d%%" % 50, "%i" % 3.99, "%+d % d" % (5, 5), "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 3.14159), "%s" % (("tuple",),), "%s" % [1, 2])
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", ("a",)), ("%z", (1,)), ("%c", (1.5,)), ("%(a)s %s", {"a": 1}),
                  ("%d", (2 ** 70,)), ("%x", (3.0,)), ("%c", (0x110000,))]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(f"{fmt!r} % {args!r}: {type(e).__name__}: {e}")
print("%s" % {"a": 1}, "%(a)s" % {"a": [1]}, "no args" % (), "%%" % ())
print(str.format_map("{a}-{b}", {"a": 1, "b": 2}), "{0:{fmt}}".format(3.14159, fmt=".3"))


class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"


print("{name} has {count} {unit}".format_map(Default(name="Bo", count=3)))
import string
print(string.Formatter().format("{0}-{x}", 1, x=2), list(string.Formatter().parse("a{0!r:>3}b{}c")))
t = string.Template("$who likes ${what}s; $$5; $missing")
print(t.safe_substitute(who="Tim", what="kiwi"))
try:
    t.substitute(who="Tim", what="kiwi")
except KeyError as e:
    print("KeyError", e)
