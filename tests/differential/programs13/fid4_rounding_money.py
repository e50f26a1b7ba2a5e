# Rounding rules a billing script depends on: round() with negative digits, banker's rounding.
def show(label, value):
    print(f"{label:<28}{value!r}")

amounts = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1e16 + 1, 123456.789]
for a in amounts:
    show(f"round({a!r})", round(a))
    show(f"round({a!r}, 2)", round(a, 2))
    show(f"round({a!r}, -2)", round(a, -2))

ints = [1234, 1250, 1350, -1250, -1351, 15, 25, 5, 10**25 + 5 * 10**24, 0]
for n in ints:
    print(n, round(n, -1), round(n, -2), round(n, 1), type(round(n, -1)).__name__, round(n, -30))

floats = [1234.5678, -0.0, 0.0, 5e-324, 1.7976931348623157e308, float("inf"), float("nan")]
for f in floats:
    try:
        print(repr(f), round(f, 3), round(f, -3), round(f, 400), round(f, -400))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
    try:
        print(" ", round(f))
    except Exception as e:
        print("  round():", type(e).__name__, e)

class Price:
    def __init__(self, cents):
        self.cents = cents
    def __round__(self, ndigits=None):
        if ndigits is None:
            return self.cents // 100
        return Price(round(self.cents, ndigits - 2 if ndigits < 2 else 0))
    def __repr__(self):
        return f"Price({self.cents})"

p = Price(12345)
print(round(p), round(p, 1), round(p, 0), round(p, -1))
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError:", e)

import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), int(2.9999999999999999))
print(math.floor(10**20 + 0.0), math.ceil(1e300) == 10**300, type(math.floor(2.0)).__name__)
for v in [2.5, -2.5, 3.5, 1e100]:
    q, r = divmod(v, 1)
    print(v, q, r, v.__floor__() if hasattr(v, "__floor__") else None)

subtotal = 0.0
lines = [("widget", 3, 19.99), ("gadget", 7, 4.25), ("doohickey", 1, 0.005)]
for name, qty, price in lines:
    line = round(qty * price, 2)
    subtotal += line
    print(f"{name:>10} {qty:3d} x {price:8.3f} = {line:10.2f} {line!r}")
tax = round(subtotal * 0.0825, 2)
print(f"subtotal={subtotal!r} tax={tax} total={round(subtotal + tax, 2):,.2f}")
print(f"{2.675:.2f} {1.005:.2f} {0.125:.2f} {0.375:.1f} {-0.0:.1f} {1e16:.0f} {2**60:.3e}")
