# divmod and round, including banker's rounding and ndigits.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(1, 0.3))
print(divmod(True, 2), divmod(2 ** 70, 2 ** 35 + 1))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError", e)

for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1e16 + 1]:
    print(v, round(v), type(round(v)).__name__)
for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (3.14159, 3), (-3.14159, 1),
             (1234.5678, -1), (1234.5678, -2), (1250.0, -2), (1350.0, -2), (5.5, 0), (0.5, 0),
             (1e300, -300), (123.456, 10)]:
    r = round(v, n)
    print(v, n, r, type(r).__name__)
for v, n in [(1234, -1), (1235, -1), (1245, -1), (-1245, -1), (15, -1), (25, -1), (1234, 2),
             (2 ** 70 + 5, -1), (999, -3), (500, -3), (1500, -3), (7, 0)]:
    print(v, n, round(v, n))
print(round(True), round(False, 2), round(-0.0), round(-0.4))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round("1.5")
except TypeError as e:
    print("TypeError", e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError", e)
