# repr/str of floats must match CPython's shortest round-trip repr.
vals = [0.1 + 0.2, 0.1, 0.3, 1 / 3, 2 / 3, 10 / 2, 2.0, -2.0, 0.0, -0.0,
        1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234, 1e22, 1e21,
        1e300 * 10, 1e-300 / 10, 5e-324, 1.7976931348623157e308, 2.5e-8,
        100.0, 1234.5, 1e100, -1e-7, 3.141592653589793, 2.718281828459045,
        0.1 * 3, 1.1 * 1.1, 9.999999999999999e22, 4.35, 0.5, 1.0e15 + 0.3]
for v in vals:
    print(v, repr(v), str(v))
print([1.0, 0.1, -0.0, 1e16])
print((1.5,), {2.5: 0.25})
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan, [inf, nan])
print(inf + 1, inf - inf, inf * 0, -inf * -1)
print(nan == nan, nan != nan, nan is nan, inf == inf)
print(float("-0.0"), -0.0 == 0.0, str(-0.0), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0)
print(1e308 * 10, -1e308 * 10)
print(float(2 ** 53), float(10 ** 16), float(-(10 ** 17)))
print(1 / 8, 1 / 1024, 1 / 3e10, 7e-10, 123e-20)
print(round(2.5), 2.5 * 4, 7 / 7, 3 * 1.0, 0.1 * 10)
print(float(1), float(True), float(" -12.5 "), 10 / 4, -10 / 4)
