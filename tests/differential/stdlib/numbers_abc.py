import numbers
from fractions import Fraction

for v in [1, 2.5, True, 1 + 2j, Fraction(1, 3), "x", None]:
    print(repr(v), isinstance(v, numbers.Number), isinstance(v, numbers.Complex),
          isinstance(v, numbers.Real), isinstance(v, numbers.Rational),
          isinstance(v, numbers.Integral))
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Integral))
print(issubclass(numbers.Integral, numbers.Real))
