# int() from strings with bases, underscores, whitespace and errors.
cases = [("42",), ("-42",), ("  +7  ",), ("0",), ("-0",), ("1_000_000",), ("ff", 16), ("FF", 16),
         ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("17", 8), ("z", 36), ("Zz", 36),
         ("101", 2), ("-0b11", 0), ("0", 0), ("00", 0), ("1_0", 0), ("0x_1f", 0), ("7", 10),
         ("\t12\n",), ("٣",), ("１２",), ("9" * 30,), ("-" + "9" * 30,), ("0B1", 0), ("0X1F", 16)]
for args in cases:
    print(repr(args[0]), args[1:] or "", int(*args))
bad = [("",), ("  ",), ("1.5",), ("abc",), ("1__0",), ("_1",), ("1_",), ("0x10",), ("012", 0),
       ("08", 0), ("2", 2), ("g", 16), ("12", 1), ("12", 37), ("+-1",), ("1 2",), ("0b", 0), ("1e5",)]
for args in bad:
    try:
        print(int(*args))
    except ValueError as e:
        print("ValueError", e)
for v in [3.9, -3.9, 1e20, -0.0, True, 2 ** 80]:
    print(v, int(v))
for v in [float("inf"), float("nan"), None, [1], "١٢x"]:
    try:
        print(int(v))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError", e)
print(int(), int("10", base=16), int("11", base=2))
