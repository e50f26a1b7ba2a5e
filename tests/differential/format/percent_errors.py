# Errors raised by % formatting.
cases = [
    ("%d", "x"), ("%d", None), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%", ()),
    ("%(a)s", ("x",)), ("%(a)s", {}), ("%c", "ab"), ("%c", -1), ("%x", 1.5), ("%f", "1.0"),
    ("%*d", ("a", 1)), ("%d %d", (1,)), ("%s", ()), ("%.2f", [1.0]),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    print(5 % "x")
except TypeError as e:
    print("TypeError", e)
print("%s" % "%s", "%%s" % (), "%s%%" % 5, ("%s" % ("%d" % 3)))
