# Binary and unary arithmetic dunders.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V" + repr(self.c)
    def _map2(self, other, f):
        if isinstance(other, V):
            return V(*(f(a, b) for a, b in zip(self.c, other.c)))
        if isinstance(other, (int, float)):
            return V(*(f(a, other) for a in self.c))
        return NotImplemented
    def __add__(self, o): return self._map2(o, lambda a, b: a + b)
    def __sub__(self, o): return self._map2(o, lambda a, b: a - b)
    def __mul__(self, o): return self._map2(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._map2(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._map2(o, lambda a, b: a // b)
    def __mod__(self, o): return self._map2(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None):
        if mod is not None:
            return V(*(pow(a, o, mod) for a in self.c))
        return self._map2(o, lambda a, b: a ** b)
    def __divmod__(self, o): return (self // o, self % o)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return V(*(+a for a in self.c))
    def __abs__(self): return V(*(abs(a) for a in self.c))
    def __invert__(self): return V(*reversed(self.c))
a, b = V(1, -2, 3), V(4, 5, -6)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, pow(a, 3, 5), divmod(b, 4))
print(a @ b, -a, +a, abs(a), ~a, a + 1, a * 2.5, -(-a))
for op in [lambda: a + "s", lambda: a @ 3, lambda: 1 + a, lambda: a < b, lambda: a & b, lambda: a << 1]:
    try:
        print(op())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class OnlyAdd:
    def __add__(self, other):
        return f"OnlyAdd + {other!r}"
o = OnlyAdd()
print(o + 1, o + "s", o + [1], o + None)
try:
    print(-o)
except TypeError as e:
    print("TypeError", e)
try:
    print(abs(o))
except TypeError as e:
    print("TypeError", e)
try:
    print(~o)
except TypeError as e:
    print("TypeError", e)
try:
    print(o - 1)
except TypeError as e:
    print("TypeError", e)
try:
    print(o ** 2)
except TypeError as e:
    print("TypeError", e)
