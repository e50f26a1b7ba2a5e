"""Physical quantities with units: operator overloading, __format__, reflected ops, comparisons."""
import math
from functools import total_ordering


class UnitError(TypeError):
    pass


@total_ordering
class Quantity:
    SCALE = {"m": 1.0, "km": 1000.0, "cm": 0.01, "mi": 1609.344, "s": 1.0, "min": 60.0, "h": 3600.0}
    DIM = {"m": "L", "km": "L", "cm": "L", "mi": "L", "s": "T", "min": "T", "h": "T"}

    def __init__(self, value, unit):
        if unit not in self.SCALE:
            raise ValueError(f"unknown unit {unit!r}")
        self.value = value
        self.unit = unit

    @property
    def dim(self):
        return self.DIM[self.unit]

    @property
    def si(self):
        return self.value * self.SCALE[self.unit]

    def to(self, unit):
        if self.DIM[unit] != self.dim:
            raise UnitError(f"cannot convert {self.unit} to {unit}")
        return Quantity(self.si / self.SCALE[unit], unit)

    def _check(self, other):
        if not isinstance(other, Quantity):
            return False
        if other.dim != self.dim:
            raise UnitError(f"incompatible dimensions {self.dim} and {other.dim}")
        return True

    def __add__(self, other):
        if other == 0:
            return self
        if not self._check(other):
            return NotImplemented
        return Quantity(self.value + other.to(self.unit).value, self.unit)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Quantity(-self.value, self.unit)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Quantity(self.value * k, self.unit)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, Quantity):
            if other.dim == self.dim:
                return self.si / other.si
            return Speed(self.si / other.si)
        return Quantity(self.value / other, self.unit)

    def __eq__(self, other):
        if isinstance(other, (int, float)) and other == 0:
            return self.value == 0
        if not isinstance(other, Quantity) or other.dim != self.dim:
            return NotImplemented
        return math.isclose(self.si, other.si)

    def __lt__(self, other):
        if not self._check(other):
            return NotImplemented
        return self.si < other.si and not self == other

    def __hash__(self):
        return hash((self.dim, round(self.si, 9)))

    def __repr__(self):
        return f"Quantity({self.value!r}, {self.unit!r})"

    def __str__(self):
        return f"{self.value:g} {self.unit}"

    def __format__(self, spec):
        if spec.endswith(tuple(self.SCALE)) and not spec[-1].isdigit():
            for u in sorted(self.SCALE, key=len, reverse=True):
                if spec.endswith(u):
                    num = spec[: -len(u)] or "g"
                    return f"{format(self.to(u).value, num)} {u}"
        return f"{format(self.value, spec)} {self.unit}"

    def __bool__(self):
        return self.value != 0


class Speed(float):
    def __repr__(self):
        return f"Speed({float(self):.4f} m/s)"

    def kmh(self):
        return self * 3.6


run = [Quantity(5, "km"), Quantity(800, "m"), Quantity(1.2, "mi"), Quantity(350, "cm")]
total = sum(run)
print(total, repr(total), f"{total:.3fkm}", f"{total:,.1fm}", f"{total:.2fmi}", f"{total:>10.2f}")
t = Quantity(42, "min") + Quantity(0.25, "h")
print(t, t.to("s"), f"{t:.1fh}")
pace = total / t
print(repr(pace), round(pace.kmh(), 3), isinstance(pace, float), pace > 2)
print(sorted(run), max(run), min(run, key=lambda q: abs(q.si - 1000)))
print(Quantity(1, "km") == Quantity(1000, "m"), Quantity(1, "km") != Quantity(1, "mi"), Quantity(1, "mi") > Quantity(1, "km"))
print(Quantity(2, "m") <= Quantity(200, "cm"), len({Quantity(1, "km"), Quantity(1000, "m"), Quantity(100000, "cm")}))
print(3 * Quantity(2, "m"), Quantity(2, "m") * 0.5, -Quantity(1, "s"), Quantity(10, "m") - Quantity(1, "m"), Quantity(1, "km") / Quantity(1, "mi"))
print(bool(Quantity(0, "m")), bool(Quantity(0.1, "m")), Quantity(0, "s") == 0)
for bad in [lambda: Quantity(1, "m") + Quantity(1, "s"), lambda: Quantity(1, "m").to("h"),
            lambda: Quantity(1, "m") + "x", lambda: Quantity(1, "parsec"), lambda: Quantity(1, "m") < 5,
            lambda: Quantity(1, "m") * Quantity(1, "m")]:
    try:
        print(bad())
    except UnitError as e:
        print("UnitError:", e)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(Quantity(1, "m") == "1 m", Quantity(1, "m") == Quantity(1, "s"), issubclass(UnitError, TypeError))
