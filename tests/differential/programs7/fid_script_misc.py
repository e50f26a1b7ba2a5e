# Things scripts print: print sep/end/flush, string.Template, fractions arithmetic and formatting,
# divmod on Fractions, zip strict, enumerate start, any/all on generators, sum start, map with
# several iterables, filter None, iter with sentinel, chr/ord tables, round on Fractions.
import string
import sys
from fractions import Fraction

print("a", "b", sep="-", end="|\n")
print(*[1, 2, 3], sep=", ")
print("no newline", end="")
print(" continued", flush=True)
print(file=sys.stdout)
t = string.Template("$who likes ${what}s; $$5")
print(t.substitute(who="tim", what="kiwi"), t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("missing", e)
print(string.ascii_letters[:5], string.digits, string.punctuation[:6], string.capwords("hello   big world"))
f = Fraction(3, 4) + Fraction(1, 6)
print(f, repr(f), f * 2, f / Fraction(1, 3), float(f), f.numerator, f.denominator, Fraction("0.125"), Fraction(2.5), Fraction(-6, 4))
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2), divmod(Fraction(7, 2), 1), Fraction(1, 3) < 0.34, f"{Fraction(1, 3)}")
print(list(enumerate("ab", start=1)), sum([[1], [2]], []), sum(range(5), 10), any(x > 3 for x in range(5)), all([]), any([]))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "a", None, [], [0]])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
items = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(items), 0)))
print([chr(c) for c in range(ord("a"), ord("f"))], [hex(ord(ch)) for ch in "Az"])
print(divmod(17, 5), pow(3, 4, 5), pow(2, -1, 7), abs(-3 + 4j), complex(1, -1) * 2, (1 + 2j).conjugate())
print(isinstance(3, (str, int)), type(3) is int, int.__name__, type(None).__name__, callable(len), hasattr("", "join"))
print(Fraction(3.14159).limit_denominator(100), id(f) == id(f), len({id(x) for x in [f, f]}))
