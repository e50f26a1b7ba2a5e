# Formatting floats for reports: format_float_positional/scientific and sign-aware printing.
import numpy as np

vals = np.array([0.1 + 0.2, 1 / 3, 2.0, 12345.678, 1e-7, -0.5])
for v in vals:
    print(np.format_float_positional(v), np.format_float_scientific(v), np.format_float_positional(v, precision=3))
print(np.format_float_positional(3.14159, precision=2, unique=False))
print(np.format_float_positional(2.0, trim="-"), np.format_float_positional(2.0, trim="0"), np.format_float_positional(2.0, trim="."))
print(np.format_float_positional(2.5, precision=4, unique=False, trim="k"))
print(repr(np.format_float_positional(1.5, pad_left=5, pad_right=4)))
print(np.format_float_positional(7.25, sign=True), np.format_float_scientific(7.25, sign=True))
print(np.format_float_scientific(12345.678, precision=3), np.format_float_scientific(0.000123, exp_digits=3))
print(np.format_float_scientific(1.0, precision=4, unique=False), np.format_float_scientific(1.0, trim="-"))
print(np.format_float_positional(np.float64(0.1)), np.format_float_positional(5), np.format_float_positional(1e20))
print(np.format_float_positional(np.inf), np.format_float_positional(-np.inf), np.format_float_positional(np.nan))
print(np.format_float_positional(1.25, min_digits=4), np.format_float_scientific(5e-324))
rows = [("alpha", 0.000123), ("beta", 1234.5), ("gamma", -7.0)]
for name, v in rows:
    print(f"{name:<6} {np.format_float_positional(v, precision=4):>12} {np.format_float_scientific(v, precision=2):>12}")
x = np.array([1.0, -2.5, 0.0, 3.25])
print(np.array2string(x, sign="+"))
print(np.array2string(x, sign=" "))
print(np.array2string(np.array([1.0, 2.5]), sign=" "))
print(np.array2string(np.array([[1, -2], [3, 4]]), sign="+"))
np.set_printoptions(sign="+")
print(x, np.array([1, 2, 3]))
print(repr(x))
print(np.get_printoptions()["sign"])
np.set_printoptions(sign="-")
print(x)
with np.printoptions(sign=" "):
    print(np.array([1.5, 2.0]))
print(np.array([1.5, 2.0]))
try:
    np.set_printoptions(sign="x")
except ValueError as e:
    print("ValueError:", e)
try:
    np.format_float_positional(1.0, precision=-1)
except ValueError as e:
    print("ValueError:", e)
