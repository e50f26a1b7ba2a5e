"""The numbers tower: registration, isinstance of builtins, Fraction/Decimal, a user Integral."""
import numbers
from fractions import Fraction
from decimal import Decimal
import math

vals = [1, True, 2.5, 1j, Fraction(1, 3), Decimal("1.5"), "x", None]
for v in vals:
    print(f"{v!r:>18}", [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])

print(issubclass(numbers.Integral, numbers.Rational), issubclass(numbers.Real, numbers.Complex), issubclass(float, numbers.Rational))
print(sorted(numbers.Integral.__abstractmethods__)[:6])
print(sorted(numbers.Real.__abstractmethods__)[:8])


class Mod7(numbers.Integral):
    def __init__(self, v):
        self.v = int(v) % 7

    def __int__(self):
        return self.v

    def __index__(self):
        return self.v

    def __repr__(self):
        return f"Mod7({self.v})"

    def __add__(self, o):
        return Mod7(self.v + int(o))

    def __radd__(self, o):
        return Mod7(int(o) + self.v)

    def __mul__(self, o):
        return Mod7(self.v * int(o))

    def __rmul__(self, o):
        return Mod7(int(o) * self.v)

    def __neg__(self):
        return Mod7(-self.v)

    def __pos__(self):
        return self

    def __abs__(self):
        return self

    def __eq__(self, o):
        return int(self) == int(o)

    def __hash__(self):
        return hash(self.v)

    def __lt__(self, o):
        return self.v < int(o)

    def __le__(self, o):
        return self.v <= int(o)

    def __trunc__(self):
        return self.v

    def __floor__(self):
        return self.v

    def __ceil__(self):
        return self.v

    def __round__(self, nd=None):
        return self.v

    def __floordiv__(self, o):
        return Mod7(self.v // int(o))

    def __rfloordiv__(self, o):
        return Mod7(int(o) // self.v)

    def __mod__(self, o):
        return Mod7(self.v % int(o))

    def __rmod__(self, o):
        return Mod7(int(o) % self.v)

    def __truediv__(self, o):
        return self.v / int(o)

    def __rtruediv__(self, o):
        return int(o) / self.v

    def __pow__(self, e, m=None):
        return Mod7(pow(self.v, int(e), 7))

    def __rpow__(self, b):
        return int(b) ** self.v

    def __lshift__(self, o):
        return Mod7(self.v << int(o))

    def __rlshift__(self, o):
        return int(o) << self.v

    def __rshift__(self, o):
        return Mod7(self.v >> int(o))

    def __rrshift__(self, o):
        return int(o) >> self.v

    def __and__(self, o):
        return Mod7(self.v & int(o))

    def __rand__(self, o):
        return int(o) & self.v

    def __xor__(self, o):
        return Mod7(self.v ^ int(o))

    def __rxor__(self, o):
        return int(o) ^ self.v

    def __or__(self, o):
        return Mod7(self.v | int(o))

    def __ror__(self, o):
        return int(o) | self.v

    def __invert__(self):
        return Mod7(~self.v)


a = Mod7(12)
print(a, a + 3, 3 + a, a * 4, -a, a ** 3, [10, 20, 30, 40, 50, 60][a], float(a), complex(a))
print(isinstance(a, numbers.Rational), a.numerator, a.denominator, a.real, a.imag, a.conjugate())
print(math.floor(a), math.trunc(a), round(a), bin(a), hex(a), f"{int(a):03d}", range(10)[a])
print(sorted([Mod7(5), Mod7(9), Mod7(1)], key=int), a == 5, a == Mod7(5), {a: 1}[Mod7(12)])
print(operator_index := __import__("operator").index(a))


class Meters:
    def __init__(self, x):
        self.x = x

    def __float__(self):
        return float(self.x)


numbers.Real.register(Meters)
m = Meters(3)
print(isinstance(m, numbers.Real), isinstance(m, numbers.Complex), isinstance(m, numbers.Integral), math.sqrt(m))


def describe(x):
    if isinstance(x, numbers.Integral):
        return f"integral {int(x)}"
    if isinstance(x, numbers.Rational):
        return f"rational {x.numerator}/{x.denominator}"
    if isinstance(x, numbers.Real):
        return f"real {float(x):.3f}"
    if isinstance(x, numbers.Complex):
        return f"complex {x.real}+{x.imag}j"
    return "not a number"


for x in [7, Fraction(22, 7), math.pi, 2 + 3j, Decimal("2.5"), False, "7", Mod7(10)]:
    print(describe(x))

print(Fraction(3, 4).__round__(), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(1234, 100), 1), round(Fraction(-7, 2)))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Decimal("0.5")) == hash(0.5), Fraction(1, 2) == Decimal("0.5") if hasattr(Decimal, "__eq__") else "")
print((2.5).as_integer_ratio(), (10).as_integer_ratio(), Fraction(2.5).as_integer_ratio(), Decimal("2.5").as_integer_ratio())
print(float.is_integer(3.0), (7).bit_count(), Fraction(6, 4).limit_denominator(1))
