import functools


@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __format__(self, spec):
        if spec == "c":
            return f"{self.cents}c"
        return format(str(self), spec)

    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents

    def __lt__(self, o):
        return self.cents < o.cents

    def __hash__(self):
        return hash(self.cents)

    def __add__(self, o):
        if isinstance(o, int):
            return Money(self.cents + o)
        return Money(self.cents + o.cents)

    __radd__ = __add__

    def __sub__(self, o):
        return Money(self.cents - o.cents)

    def __mul__(self, k):
        return Money(self.cents * k)

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Money(round(self.cents / k))

    def __floordiv__(self, k):
        return Money(self.cents // k)

    def __mod__(self, k):
        return Money(self.cents % k)

    def __neg__(self):
        return Money(-self.cents)

    def __pos__(self):
        return self

    def __abs__(self):
        return Money(abs(self.cents))

    def __bool__(self):
        return self.cents != 0

    def __int__(self):
        return self.cents

    def __float__(self):
        return self.cents / 100

    def __round__(self, n=None):
        return Money(round(self.cents, -2))

    def __iadd__(self, o):
        print("  (iadd)")
        return self + o


a, b = Money(1050), Money(299)
print(a, b, repr(a), f"{a:>10}|{b:c}|{a!r}|{a!s:<8}|")
print(a + b, a - b, a * 3, 3 * a, a / 4, a // 3, a % 7, -a, +a, abs(-a), bool(Money(0)), int(a), float(b))
print(sum([a, b, Money(1)]), round(a), a > b, a >= b, a <= b, a != b, sorted([a, b, Money(5)]), max(a, b))
c = a
c += b
print(c, a, c is a)
print({a: "x"}[Money(1050)], len({a, Money(1050), b}))


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]

    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v

    def __delitem__(self, r):
        del self.rows[r]

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def __contains__(self, v):
        return any(v in r for r in self.rows)

    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])

    def __eq__(self, o):
        return self.rows == o.rows

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __call__(self, x):
        return [sum(v * x for v in r) for r in self.rows]

    def __reversed__(self):
        return iter(self.rows[::-1])


m = Matrix([[1, 2], [3, 4]])
print(m[0, 1], m[1], len(m), 4 in m, 9 in m, list(m), m @ m, m(2), list(reversed(m)))
m[0, 0] = 10
del m[1]
print(m, m == Matrix([[10, 2]]), m != Matrix([[0]]))


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)


class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)


d = Dyn()
d.n = 21
print(d.n, d.get_thing(), getattr(d, "get_x")(), hasattr(d, "zzz"), getattr(d, "zzz", "dflt"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
