# str.format / f-string corners: nested fields in specs, conversions, `=` specifier, % with a dict.
width, prec = 10, 3
x = 3.14159265
name = "Zoë"
print(f"[{x:{width}.{prec}f}]", f"[{x:<{width}.{prec}e}]", f"[{name:^{width}}]")
print("[{:{}.{}}]".format(x, width, prec), "[{0:>{1}}]".format("ab", 5), "{0[1]} {1[k]}".format([7, 8], {"k": "v"}))
print(f"{name!r} {name!s} {name!a} {'q'!r:>5}")
print(f"{x=}", f"{x = :.2f}", f"{name=!s}", f"{width*2=}", f"{ (1, 2) = }")
print("%(a)s has %(n)05.1f units and %(n)d%%" % {"a": "box", "n": 42.25})
print("%-6s|%6s|%x|%X|%o|%#x|%#o|%e|%g|%G" % ("ab", "cd", 255, 255, 8, 255, 8, 12345.678, 0.00001234, 1e20))
print("%c%c %r %a %5.2s|" % (72, "i", "q", "é", "xyz"))
print(format(1234567.891, ",.2f"), format(1234567, "_d"), format(255, "#010b"), format(-42, "+06d"))
print(format(0.5, "%"), format(0.125, ".1%"), format(12, "c") if False else format(65, "c"), format(3, "=+5"))
print(f"{-0.0:g} {1e16:g} {123456789.0:g} {1.5e-7:g} {float('inf'):>6} {float('nan'):+}")
print(f"{'left':*<8}|{'right':*>8}|{'mid':*^9}|{42:*^7}")
print("{!r:>10}".format("q"), "{0!s:^7}".format(1.5))
print("{a.real} {b[0]}".format(a=3 + 4j, b=(9,)), "{} {{}} {}".format(1, 2))
print(f"{3.0:.0f} {2.5:.0f} {3.5:.0f} {-2.5:.0f} {0.125:.2f} {0.375:.2f}")
print(f"{1e300 * 1e10} {2**0.5:.15g} {10**20:e} {12.0:n} {1234:,}")
print(format(True, "d"), format(True), f"{None!s:>6}", f"{[1, 'a']!r:20}|")
print("{:.3}".format("abcdef"), "{:06.2f}".format(-1.5), "{:+.1e}".format(0.0))
