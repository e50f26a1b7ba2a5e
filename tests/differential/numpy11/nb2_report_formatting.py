# Turning arrays into text reports: f-string tables, array2string formatters, float formatting helpers.
import numpy as np

names = ["alpha", "beta", "gamma", "delta"]
vals = np.array([[1234.5678, 0.000123, -42.0], [3.14159, 2.71828, 1.41421], [1e6, -1e-6, 0.5], [0.0, -0.0, 100.0]])
print(f"{'name':<8}" + "".join(f"{c:>14}" for c in ["x", "y", "z"]))
for n, row in zip(names, vals):
    print(f"{n:<8}" + "".join(f"{v:>14.4f}" for v in row))
for n, row in zip(names, vals):
    print(f"{n:<8}" + "".join(f"{v:>14.3e}" for v in row))
print(" | ".join(f"{v:g}" for v in vals[2]))
print(np.array2string(vals, formatter={"float_kind": lambda v: f"{v:9.2f}"}))
print(np.array2string(vals[1], formatter={"float": lambda v: f"<{v:.1f}>"}, separator=";"))
print(np.array2string(np.arange(5), formatter={"int": lambda v: f"#{v}"}))
print(np.array2string(np.array([True, False]), formatter={"bool": lambda v: "Y" if v else "N"}))
for v in [0.1, 1 / 3, 123456.789, 1e-7, 2.5e20]:
    print(np.format_float_positional(v), np.format_float_positional(v, precision=3), np.format_float_scientific(v), np.format_float_scientific(v, precision=2, exp_digits=3))
print(np.format_float_positional(np.float64(1.5), trim="-"), np.format_float_positional(2.0, trim="0"), np.format_float_positional(2.0, trim="."), np.format_float_positional(2.0, trim="k"))
print(np.format_float_positional(1.0, unique=False, precision=4), np.format_float_positional(0.000012345, precision=3))
print(np.format_float_scientific(12345.678, unique=False, precision=3), np.format_float_positional(-0.5, sign=True), np.format_float_positional(0.5, sign=True))
with np.printoptions(precision=2, suppress=True, floatmode="fixed"):
    print(vals)
    print(repr(vals[:, 0]))
with np.printoptions(formatter={"float": "{:.1%}".format}):
    print(np.array([0.125, 0.5, 1.0]))
print(vals)
pct = vals[1] / vals[1].sum()
print(", ".join(f"{n}={p:.2%}" for n, p in zip(names, pct)))
print("%-6s %8.3f %8.3f" % ("mean", vals.mean(), np.median(vals)))
print(str(vals[0, 0]), repr(vals[0, 1]), f"{vals[3, 1]}", f"{vals[3, 1]:+.1f}", format(vals[2, 0], ",.0f"))
print(np.array_str(vals[:2], precision=1, suppress_small=True))
print(np.array_repr(vals[2], precision=3))
np.set_printoptions(formatter={"float_kind": "{:.3f}".format, "int": lambda v: f"{v:03d}"})
print(vals[:2], repr(vals[0]), np.arange(4), repr(np.arange(3)), np.array(2.5), repr(np.array(2.5)))
print(np.linspace(0, 1, 30))
print(repr(np.linspace(0, 1, 30).reshape(3, 10)))
print(np.array2string(np.arange(3) * 0.5), np.array([True, False]), repr(np.zeros((0, 2))), vals[0, 0])
np.set_printoptions(precision=3)
print(vals[1], np.get_printoptions()["formatter"])
np.set_printoptions(formatter={"all": lambda v: "*"}, threshold=5, edgeitems=1)
print(np.arange(10), np.ones((3, 3)), np.array([True, False, True]))
np.set_printoptions(threshold=1000, edgeitems=3)
print(np.arange(10))
