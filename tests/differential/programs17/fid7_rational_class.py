# A hand-written rational number class with the full operator set, hashing compatible with int/Fraction,
# mixed arithmetic with ints/floats, comparisons, formatting, and a continued-fraction expansion.
from fractions import Fraction
from functools import total_ordering
import math


@total_ordering
class Q:
    __slots__ = ("n", "d")

    def __init__(self, n=0, d=1):
        if isinstance(n, Q) and d == 1:
            n, d = n.n, n.d
        if not isinstance(n, int) or not isinstance(d, int):
            raise TypeError(f"Q() needs ints, got {type(n).__name__}/{type(d).__name__}")
        if d == 0:
            raise ZeroDivisionError(f"Q({n}, 0)")
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g

    @classmethod
    def coerce(cls, x):
        if isinstance(x, Q):
            return x
        if isinstance(x, int):
            return cls(x)
        if isinstance(x, Fraction):
            return cls(x.numerator, x.denominator)
        return NotImplemented

    def __repr__(self):
        return f"Q({self.n}, {self.d})"

    def __str__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"

    def __format__(self, spec):
        if spec.endswith("f"):
            return format(self.n / self.d, spec)
        return format(str(self), spec)

    def _op(self, other, f):
        if isinstance(other, float):
            return f(float(self), other)
        o = Q.coerce(other)
        if o is NotImplemented:
            return NotImplemented
        return f(self, o)

    def __add__(self, o): return self._op(o, lambda a, b: a + b if isinstance(a, float) else Q(a.n * b.d + b.n * a.d, a.d * b.d))
    def __radd__(self, o): return self + o
    def __sub__(self, o): return self._op(o, lambda a, b: a - b if isinstance(a, float) else Q(a.n * b.d - b.n * a.d, a.d * b.d))
    def __rsub__(self, o): return (-self) + o
    def __mul__(self, o): return self._op(o, lambda a, b: a * b if isinstance(a, float) else Q(a.n * b.n, a.d * b.d))
    def __rmul__(self, o): return self * o
    def __truediv__(self, o): return self._op(o, lambda a, b: a / b if isinstance(a, float) else Q(a.n * b.d, a.d * b.n))
    def __rtruediv__(self, o):
        o = Q.coerce(o)
        return NotImplemented if o is NotImplemented else o / self
    def __floordiv__(self, o): return self._op(o, lambda a, b: a // b if isinstance(a, float) else (a.n * b.d) // (a.d * b.n))
    def __mod__(self, o): return self - (self // o) * o
    def __divmod__(self, o): return (self // o, self % o)
    def __pow__(self, k):
        if not isinstance(k, int):
            return float(self) ** k
        return Q(self.n ** k, self.d ** k) if k >= 0 else Q(self.d ** -k, self.n ** -k)
    def __neg__(self): return Q(-self.n, self.d)
    def __pos__(self): return self
    def __abs__(self): return Q(abs(self.n), self.d)
    def __float__(self): return self.n / self.d
    def __int__(self): return int(self.n / self.d) if abs(self.n) < 2 ** 53 else -(-self.n // self.d) if self.n < 0 else self.n // self.d
    def __trunc__(self): return self.__int__()
    def __floor__(self): return self.n // self.d
    def __ceil__(self): return -(-self.n // self.d)
    def __round__(self, nd=None):
        f = Fraction(self.n, self.d)
        r = round(f, nd)
        return r if nd is None else Q.coerce(r)
    def __bool__(self): return self.n != 0
    def __eq__(self, o):
        if isinstance(o, float):
            return float(self) == o
        o = Q.coerce(o)
        return NotImplemented if o is NotImplemented else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        if isinstance(o, float):
            return float(self) < o
        o = Q.coerce(o)
        return NotImplemented if o is NotImplemented else self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash(Fraction(self.n, self.d))


half, third = Q(1, 2), Q(1, 3)
print(half + third, half - third, half * third, half / third, half // third, half % third, divmod(Q(7, 2), Q(2, 3)))
print(repr(-half), abs(Q(-3, 9)), half ** 3, half ** -2, Q(4) ** 0.5, 2 ** 0.5 > Q(7, 5), Q(6, -4), Q(0, 5))
print(1 + half, 3 - half, 2 * third, 1 / third, half + 0.25, 0.25 * half, half == 0.5, Q(2) == 2, 2 == Q(2), half != third)
print(sorted([Q(3, 4), Q(-1, 2), Q(5, 8), Q(2, 3), 0.6, 1]), max(half, third), min(Q(7, 3), 2, key=float))
print(half < third, half <= half, half > 0, half >= Q(2, 4), third < 0.34, Q(1, 3) < Fraction(1, 2))
print(hash(Q(2)) == hash(2), hash(half) == hash(Fraction(1, 2)), hash(half) == hash(0.5), len({Q(1, 2), Fraction(1, 2), 0.5, Q(2, 4)}))
d = {half: "half", 2: "two"}
print(d[Q(1, 2)], d[Q(4, 2)], d[0.5], Q(2) in {2}, Q(5, 2) in [2.5])
print(math.floor(Q(-7, 2)), math.ceil(Q(-7, 2)), math.trunc(Q(-7, 2)), int(Q(7, 2)), float(Q(1, 3)), round(Q(5, 2)), round(Q(7, 2)), round(Q(22, 7), 2))
print(f"{Q(22, 7):.5f} [{half:>8}] [{third:<6}] [{Q(-5, 3):^9}]", bool(Q(0)), bool(third), str(Q(10, 5)), f"{Q(3):}")
for bad in [lambda: Q(1, 0), lambda: Q(1.5), lambda: half + "x", lambda: half < "a", lambda: third / Q(0), lambda: Q("1")]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)


def cont_frac(q, limit=12):
    out = []
    while limit and q.d != 1:
        a = q.n // q.d
        out.append(a)
        q = 1 / (q - a)
        limit -= 1
    out.append(q.n // q.d)
    return out


def from_cf(terms):
    q = Q(terms[-1])
    for a in reversed(terms[:-1]):
        q = a + 1 / q
    return q


for q in [Q(415, 93), Q(-17, 5), Q(103993, 33102), Q(1, 7)]:
    cf = cont_frac(q)
    print(f"{str(q):>14} cf={cf} back={from_cf(cf)} ok={from_cf(cf) == q}")
h = Q(0)
for k in range(1, 21):
    h += Q(1, k)
print("H20 =", h, f"{h:.12f}", float(h) == float(Fraction(h.n, h.d)))
print(sum([Q(1, 2 ** k) for k in range(1, 11)], Q(0)), sum(Q(1, k * (k + 1)) for k in range(1, 50)))
