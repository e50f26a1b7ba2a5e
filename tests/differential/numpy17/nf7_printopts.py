# Print options: floatmode, sign, precision/suppress combos, formatter, array2string widths, format_float_*.
import numpy as np

x = np.array([0.0, 1.0, -2.5, 3.14159265358979, 1e-7, 12345.678])
for fm in ["fixed", "unique", "maxprec", "maxprec_equal"]:
    np.set_printoptions(floatmode=fm, precision=4)
    print(fm, x, np.array([1.0, 2.5]), np.array([0.1, 0.12, 0.123]))
np.set_printoptions(floatmode="maxprec", precision=8)
for sg in ["-", "+", " "]:
    np.set_printoptions(sign=sg)
    print(repr(sg), np.array([1.5, -2.0, 0.0]), np.array([[1, -2], [3, 4]]), repr(np.array([0.25])))
np.set_printoptions(sign="-")
with np.printoptions(precision=2, suppress=True):
    print(x, np.array([1e-12, 1e12]))
print(np.get_printoptions()["precision"], np.get_printoptions()["suppress"])
np.set_printoptions(formatter={"float": lambda v: f"<{v:.2f}>"})
print(x[:3], np.array([1, 2]))
np.set_printoptions(formatter={"int": lambda v: hex(v)})
print(np.array([10, 255]), np.array([1.5]))
np.set_printoptions(formatter=None)
print(np.array2string(x, precision=3, separator="; ", max_line_width=30))
print(np.array2string(np.arange(12).reshape(3, 4), prefix="M(", suffix=")", separator=","))
print(np.array2string(x, formatter={"float_kind": lambda v: "%.1e" % v}))
print(np.array2string(np.array([True, False]), separator=" | "), np.array2string(np.array([]), precision=2))
print(np.array2string(np.linspace(0, 1, 2000), threshold=50, edgeitems=2))
for v in [0.1, 1.0, 123.456, 1e-20, 1.5e300, -0.0, np.inf, np.nan, 2.0 / 3]:
    print(np.format_float_positional(v), np.format_float_scientific(v), np.format_float_positional(v, precision=3), np.format_float_scientific(v, precision=2, exp_digits=3))
print(np.format_float_positional(1.0, trim="-"), np.format_float_positional(1.5, unique=False, precision=4), np.format_float_positional(12.0, pad_left=5, pad_right=3))
print(np.format_float_scientific(12345.0, unique=False, precision=3, trim="k"), np.format_float_positional(0.5, sign=True))
np.set_printoptions(precision=3, linewidth=50)
print(np.random.default_rng(0).normal(size=(3, 6)))
np.set_printoptions(precision=8, linewidth=75, threshold=5)
print(np.arange(10), np.eye(4))
np.set_printoptions(threshold=1000)
print(repr(np.array([1e-300, 1e300])), repr(np.array([5e-324, 1.0])), repr(np.array([np.nan, -np.nan])))
print(repr(np.array([123456789012.0, 0.5])), repr(np.array([1.0e15, 1.0e16])), repr(np.array([0.0001, 0.001])))
print(np.array2string(np.arange(30), suffix=")" * 10, max_line_width=40))
print(np.array2string(np.arange(30.5), suffix="))"))
print(np.array2string(np.arange(3), suffix="))", formatter={"int": lambda v: str(v * 2)}))
