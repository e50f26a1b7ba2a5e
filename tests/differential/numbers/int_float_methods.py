# Methods and attributes of int and float.
for v in [0, 10, -10, 2 ** 65, True]:
    print(v, v.bit_length(), v.real, v.imag, v.numerator, v.denominator, v.conjugate(), v.as_integer_ratio())
for v in [0.5, -1.25, 3.0, 0.1, 1e20, -0.0]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex(), v.real, v.imag, v.conjugate())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x1.fffffffffffffp+1023"))
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((10).__add__(5), (10).__radd__(5), (10).__sub__(3), (10).__rsub__(3), (2.5).__mul__(2))
print((10).__add__(1.5), (1.5).__add__(10), (10).__eq__(10.0), (10).__lt__(11))
print(int.__name__, float.__name__, (5).__class__.__name__, (5.0).__class__ is float)
print(int("7"), (7).__index__(), (7).__int__(), (7).__float__(), (2.7).__int__())
print((3).__pow__(2), (3).__pow__(2, 5), (-7).__abs__(), (-7).__neg__(), (7).__invert__())
print((17).__floordiv__(5), (17).__mod__(5), (17).__divmod__(5), (17).__truediv__(4), (17).__rtruediv__(34))
print((1).__bool__(), (0).__bool__(), (0.0).__bool__(), (5).__hash__() == hash(5))
print(int.__add__(3, 4), float.__sub__(5.5, 0.5), int.__mul__(6, 7))
print((5).__add__("x"), (5.0).__add__("x"), (5).__eq__("5"))
print(round(2.5).__class__.__name__, (2.5).__round__(), (2.567).__round__(2), (1234).__round__(-2))
print((7.9).__trunc__(), (-7.9).__trunc__(), (7.9).__floor__(), (-7.9).__ceil__(), (3).__ceil__())
