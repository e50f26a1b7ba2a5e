import sys
print(sys.version_info[:2], sys.version_info.major, sys.maxsize, sys.byteorder, sys.platform, sys.argv, sys.getrecursionlimit())
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit if hasattr(sys, "int_info") else "")
s = "Hello, World! Straße ǅ ﬁ"
print(s.casefold(), s.swapcase(), s.title(), s.upper(), s.lower(), len(s.upper()))
print("  x  ".center(9, "*"), "x".zfill(4), "-12".zfill(6), "+3".zfill(4), "abc".ljust(2), "tab\tsep\tx".expandtabs(4))
print("a,b,,c".split(","), "a b  c ".split(), "a b c".rsplit(" ", 1), "x".partition("y"), "k=v=w".rpartition("="))
print("line1\nline2\r\nline3\rend".splitlines(), "a\nb\n".splitlines(keepends=True), "".split(","), "".split())
print("Hello".startswith(("He", "x")), "Hello".endswith("lo", 0, 5), "hello".find("l", 3), "hello".rfind("l"), "hello".index("e"))
print("ab" * 3, "abcabc".count("bc"), "abc".replace("", "-"), "aaa".replace("a", "b", 2), "%".join("xyz"))
print("ǅ".istitle(), "٣".isdigit(), "٣".isdecimal(), "½".isnumeric(), "x1".isidentifier(), "class".isidentifier(), " ".isspace(), "ABC".isupper())
print("hello world".translate(str.maketrans("lo", "01", "h")), str.maketrans({"a": "b"}))
print("{:>8}".format("é"), "%-5s|" % "ab", "abc"[::-1], "abcdef"[1:5:2], "abc"[10:], "x".encode(), b"\xc3\xa9".decode())
print("test".removeprefix("te"), "test".removesuffix("st"), "a-b_c d".title(), "they're bill's".title(), "ß".upper())
print(ord("€"), chr(8364), "€".encode("utf-8"), ascii("naïve €"), repr("quote'\""), repr('only\'s'), repr("\x00\t\n\x7f"))
print(str(b"bytes"), bytes([65, 66]), bytearray(b"ab"), b"a,b".split(b","), b"abc".hex(), bytes.fromhex("4142"), list(b"AB"))
print(int("0x1f", 16), int("0b101", 0), int("1_000"), float("  -1.5e-3 "), float("inf"), int(-3.9), int("-0"), float("nan") != float("nan"))
print(10 ** 20, 2 ** 0.5, (-8) ** (1 / 3), 7 // -2, -7 % 3, 7.5 % -2, divmod(-7, 2), divmod(7.5, 2), pow(3, -1, 7), pow(2, 100, 1000))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e300 * 10, -1e300 * 1e10, 5e-324, 1.7976931348623157e308, 123e-20, 1.0e16, 9007199254740993)
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"), (255).bit_length(), (7).bit_count(), (-5).__abs__(), 3 .real)
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).as_integer_ratio(), 3.0.is_integer(), (2**64).bit_length(), hash(1.5), hash(-1))
print(round(0.125, 2), round(0.375, 2), round(2.5), round(-0.5), round(1e20), round(123.456, 1), round(-123.456, -1), type(round(2.5, 0)))
print(max([], default="empty"), min(3, 1, 2, key=lambda v: -v), sum([0.1] * 10), sum([[1], [2]], []), abs(-0.0), any([]), all([]))
import math
print(math.fsum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.comb(10, 3), math.perm(5, 2), math.gcd(12, 18, 30), math.lcm(4, 6), math.isqrt(99))
print(math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)), math.copysign(1, -0.0), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.floor(-2.5), math.ceil(-2.5), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.factorial(25), math.inf, -math.inf, math.nan, math.tau, math.e, math.isfinite(1e308), math.isnan(float("nan")), math.hypot(1, 2, 2))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    float("x")
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    {}["k"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    x = [1, 2, 3]
    a, b = x
except ValueError as e:
    print("ValueError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(5)
except TypeError as e:
    print("TypeError:", e)
try:
    "x" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    f"{1:q}"
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    int("5", base=1)
except ValueError as e:
    print("ValueError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration:", repr(e))
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    def ff(a, b=1, *, c): pass
    ff()
except TypeError as e:
    print("TypeError:", e)
try:
    ff(1, 2, 3, c=1)
except TypeError as e:
    print("TypeError:", e)
try:
    ff(1, c=2, d=3)
except TypeError as e:
    print("TypeError:", e)
try:
    ff(1, a=2, c=3)
except TypeError as e:
    print("TypeError:", e)
