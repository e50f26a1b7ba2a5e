# Float presentation types: f, e, g, %, none, with precision and flags.
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265, 2.675, 1e-5, 123456789.125, 1e16, 1.5e300, 5e-324, float("inf"), float("-inf"), float("nan")]
for spec in ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", "#g", "G", "%", ".1%", "+.2f", " .1f", ",.2f", "_.1f", "12.4g", "n", ".10g", "-.3f"]:
    print(f"{spec:>6}", " | ".join(format(v, spec) for v in vals))
for v in [0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 1e22, 1e-7, 9.9999, 99999.5, 0.0001, 123456.0, 1234567.0]:
    print(v, format(v, ".0f"), format(v, ".2f"), format(v, ".3g"), format(v, "g"), format(v, ".1e"), format(v, ""), format(v, ".15"))
print(f"{1e16:.0f}", f"{2**0.5:.20f}", f"{1/3:.30f}", f"{1e300:.3f}"[:20], f"{0.1:.25f}")
print(format(1.0, ".0e"), format(1234.5, ".0e"), format(9.5, ".0f"), format(10.5, ".0f"), format(0.05, ".1f"))
print(format(100.0, "g"), format(1e6, "g"), format(1e5, "g"), format(1.23e-4, "g"), format(1.23e-5, "g"))
print(format(12.0, ".5"), format(12.0, ""), format(1e16, ""), format(1e15, ".16"), format(-0.0, "g"), format(-0.0, "+.1f"))
for bad in ["d", "x", "c", ",_f", "b"]:
    try:
        print(format(1.5, bad))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
for v in [0.1, 0.25, 0.5, 1 / 7, 2 / 3, 123.456, -9.995]:
    print(v, [format(v, f".{p}f") for p in range(4)], format(v, ".3e"), format(v, ".4g"))
print(format(1e-5, "f"), format(1e-7, ".10f"), format(123456789.0, ".2e"), format(0.0001, "%"))
print(format(float("nan"), "+"), format(float("-inf"), "08.2f"), format(float("inf"), "^9"), format(-0.0, "08.3f"))
print(format(2.5, ".0e"), format(3.5, ".0e"), format(1.25, ".1f"), format(1.35, ".1f"), format(0.045, ".2f"))
print(format(1.0, "g"), format(10.0, "g"), format(1e15, "g"), format(1e16, "g"), format(0.00001, "G"))
