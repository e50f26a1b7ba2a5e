"""Operator overloading: reflected, in-place, unary, conversions, fallbacks."""
import math
import operator


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, o):
        return self + (-o)

    def __rsub__(self, o):
        return (-self) + o

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, n, mod=None):
        return Vec(pow(self.x, n, mod), pow(self.y, n, mod))

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return Vec(+self.x, +self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __invert__(self):
        return Vec(self.y, self.x)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __round__(self, n=None):
        return Vec(round(self.x, n), round(self.y, n))

    def __iter__(self):
        yield self.x
        yield self.y


a, b = Vec(1, 2), Vec(3, -4)
print(a + b, a - b, a * 3, 3 * a, a @ b, b / 2, b // 2, b % 3, a ** 2, pow(b, 2, 5))
print(-a, +a, abs(b), ~a, a == Vec(1, 2), a != b, bool(Vec(0, 0)), round(Vec(1.26, 2.5)), round(Vec(1.26, 2.5), 1))
print(a + 1, 1 + a, 10 - a, a - 1, sum([a, b], Vec(0, 0)), list(a), dict.fromkeys([a, Vec(1, 2)]))
try:
    a * a
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)

v = Vec(1, 1)
orig = v
v += Vec(1, 0)
print(v, orig, v is orig)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):
        self.items.append(item)
        return self

    def __isub__(self, item):
        self.items.remove(item)
        return self

    def __ior__(self, other):
        self.items.extend(other)
        return self

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items

    def __getitem__(self, i):
        return self.items[i]


acc = Acc()
keep = acc
acc += "a"
acc += "b"
acc |= ["c", "d"]
acc -= "a"
print(acc.items, acc is keep, len(acc), "c" in acc, "z" in acc, acc[-1], acc[1:], list(reversed(acc)), bool(Acc()))


class Num:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __int__(self):
        return self.v * 10

    def __float__(self):
        return self.v / 2

    def __complex__(self):
        return complex(self.v, 1)

    def __trunc__(self):
        return 99


n = Num(3)
print(int(n), float(n), complex(n), bin(n), hex(n), [10, 20, 30, 40][n], "abcdef"[n:], range(n), operator.index(n), math.trunc(n))
print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(5), operator.not_(0), operator.itemgetter(1, 0)("xy"))
print(operator.attrgetter("x", "y")(a), operator.methodcaller("split", ",")("a,b"), operator.contains([1], 1), operator.truth([]))


class OnlyLen:
    def __len__(self):
        return 0


class BadLen:
    def __len__(self):
        return -1


class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i


print(bool(OnlyLen()), list(GetItemOnly()), 4 in GetItemOnly(), 1 in GetItemOnly(), list(enumerate(GetItemOnly())))
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
