# Report templates using str.format field access, __format__ hooks, and the error texts.
class Money:
    def __init__(self, amount, cur="EUR"):
        self.amount, self.cur = amount, cur
    def __format__(self, spec):
        if spec.endswith("c"):
            return f"{self.amount:{spec[:-1]}f} {self.cur}"
        return format(self.amount, spec)
    def __str__(self):
        return f"{self.amount} {self.cur}"

class Row:
    def __init__(self, **kw):
        self.__dict__.update(kw)

m = Money(1234.5)
print(f"{m}", f"{m:.1c}", f"{m:>12,.2f}", format(m, "8.0c"), "{:.3c}".format(m), str(m))
row = Row(name="Ada", scores=[90, 85], meta={"team": "red"})
print("{0.name} scored {0.scores[1]} for {0.meta[team]}".format(row))
print("{r.name!r:>8}|{r.scores!s:^12}|".format(r=row))
print("{0}{1}{0}".format("ab", "-"), "{}{}".format(1, 2), "{:{}}|{:{w}.{p}f}".format(7, 4, 3.14159, w=8, p=2))
print("{0[0]}{0[-1]}".format("xyz") if False else "{0[0]}".format("xyz"), "{a[1]}".format(a=(5, 6)), "{0:%}".format(0.25))
print("{:,}".format(1234567), "{:_b}".format(255), "{:#_x}".format(2**20), "{:e}".format(0), "{:g}".format(1e-5))
print("{!r}".format("q"), "{!a}".format("é"), "{:10}|".format("left"), "{:>10}|".format(None) if False else "", "{}".format(None))
bad = [("{}{}", (1,), {}), ("{1}", (1,), {}), ("{}{0}", (1, 2), {}), ("{0}{}", (1, 2), {}), ("{name}", (), {}),
       ("{0.missing}", (row,), {}), ("{0[5]}", ([1],), {}), ("{:d}", ("s",), {}), ("{:s}", (5,), {}),
       ("{:abc}", (5,), {}), ("{", (), {}), ("}", (), {}), ("{0!x}", (1,), {}), ("{:,d}", (1.5,), {}),
       ("{:.2d}", (5,), {}), ("{:=}", ("s",), {}), ("{0[a]}", ({"a": 1},), {}), ("{0[0]}", ({"0": 1},), {})]
for fmt, args, kw in bad:
    try:
        print(repr(fmt), "->", repr(fmt.format(*args, **kw)))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(repr(fmt), "->", type(e).__name__, e)
for v, spec in [("abc", "d"), (3.5, "d"), (5, "s"), ([1], "x"), (object(), "5"), (None, ">4"), (True, "s")]:
    try:
        print(repr(format(v, spec)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class NoFormat:
    def __repr__(self):
        return "NoFormat()"
print(format(NoFormat()), f"{NoFormat()!r:>12}", "{}".format(NoFormat()))
try:
    f"{NoFormat():>5}"
except TypeError as e:
    print("TypeError:", e)
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
print("%-10s|%+.2e|%5.1f%%" % ("name", 12345.678, 99.5), "%r %a" % ("é", "é"), "%c%c" % (72, "i"))
print("%(x)s and %(x)r" % {"x": "y"}, "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 3.14159), "%#o %#x" % (8, 255))
for f, a in [("%d", (1, 2)), ("%(k)s", ("x",)), ("%q", (1,)), ("%s %s", "ab"), ("%.f", (2.5,)), ("%d", (2.7,)), ("%x", (2.0,))]:
    try:
        print(repr(f % a))
    except (TypeError, ValueError, KeyError) as e:
        print(f, type(e).__name__, e)
import string
t = string.Template("$who owes ${amt} to $$bank")
print(t.substitute(who="Bo", amt=5), t.safe_substitute(who="Al"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(string.capwords("hello   big world"), "{:^9}".format("mid"), "{0:-^20}".format(" title "))
