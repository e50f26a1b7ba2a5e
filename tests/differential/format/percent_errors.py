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
def safe(fmt, args):
    try:
        return fmt % args
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(safe("%d", 3.7), safe("%i", True), safe("%o", -8), safe("%X", 3.0), safe("%e", "1"))
print(safe("%(a)s %s", {"a": 1}), safe("%s %(a)s", {"a": 1}), safe("%(a)d", {"a": "x"}))
print(safe("%.*f", (2, 1.23456)), safe("%-*s|", (6, "ab")), safe("%*.*f", (8, 1, 3.14159)))
print(safe("%c", 65), safe("%c", "AB"), safe("%c", 1114112))
