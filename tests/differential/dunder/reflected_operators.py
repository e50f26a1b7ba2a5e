# Reflected operands (__radd__ etc.), NotImplemented, and subclass priority.
class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{self.v}m"
    def __add__(self, o):
        print(f"  {self!r}.__add__({o!r})")
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, (int, float)):
            return Meters(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print(f"  {self!r}.__radd__({o!r})")
        if o == 0:
            return self
        return self.__add__(o)
    def __rsub__(self, o):
        return Meters(o - self.v)
    def __rmul__(self, o):
        return Meters(o * self.v)
    def __rtruediv__(self, o):
        return f"{o}/{self.v}"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rpow__(self, o): return f"{o}**{self.v}"
    def __rmatmul__(self, o): return "rmatmul"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
    def __rlshift__(self, o): return "rlshift"
    def __rrshift__(self, o): return "rrshift"
    def __rdivmod__(self, o): return "rdivmod"
m = Meters(5)
print(m + 1)
print(1 + m)
print(sum([Meters(1), Meters(2), Meters(3)]))
print(10 - m, 3 * m, 2 / m, 7 // m, 7 % m, 2 ** m, [1] @ m, 1 & m, 1 | m, 1 ^ m, 1 << m, 1 >> m, divmod(1, m))
try:
    print("x" + m)
except TypeError as e:
    print("TypeError", e)
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __add__(self, o):
        return "Derived.__add__"
    def __radd__(self, o):
        return "Derived.__radd__"
print(Base() + Derived(), Derived() + Base(), Base() + Base())
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__ used"
print(Left() + Right())
class Neither:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    Neither() + Neither()
except TypeError as e:
    print("TypeError", e)
print(int.__radd__(1, 2), (5).__rsub__(10), 3.0.__rtruediv__(1))
