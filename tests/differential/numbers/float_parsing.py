# float() from strings, special values and errors.
for s in ["1.5", "-1.5", "  2.25\n", "1e3", "1E-3", "-1e+3", ".5", "5.", "1_000.000_1", "inf",
          "-inf", "+Infinity", "INF", "nan", "-NaN", "0", "-0", "007", "1e400", "-1e400", "1e-400",
          "16", "3.14159265358979323846264338327950288", "1.7976931348623157e308",
          "2.2250738585072014e-308", "٣.٥"]:
    print(repr(s), float(s))
for s in ["", " ", "1.5.2", "abc", "1e", "e5", "1_.5", "_1", "1__0", "nan1", "infinity1", "0x10",
          "1,5", "--1", "1 5", "in f"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError", e)
for v in [1, -7, 2 ** 60, True, 2 ** 53 + 1, 10 ** 30]:
    print(v, float(v))
for v in [None, [1.0], {}]:
    try:
        float(v)
    except TypeError as e:
        print("TypeError", e)
print(float(), float("  -0.0  "), float("1" * 25))
x = float("12.5")
print(x, x.is_integer(), float("12").is_integer())
