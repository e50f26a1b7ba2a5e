import math
import operator
from functools import total_ordering


@total_ordering
class Money:
    __slots__ = ("cents", "currency")

    def __init__(self, amount, currency="USD"):
        if isinstance(amount, float):
            amount = round(amount * 100)
        elif isinstance(amount, str):
            whole, _, frac = amount.partition(".")
            amount = int(whole) * 100 + int((frac + "00")[:2])
        else:
            amount = amount * 100
        self.cents = amount
        self.currency = currency

    @classmethod
    def _raw(cls, cents, cur):
        m = cls(0, cur)
        m.cents = cents
        return m

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return None

    def __add__(self, other):
        if other == 0:
            return self
        if (r := self._check(other)) is NotImplemented:
            return r
        return Money._raw(self.cents + other.cents, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        self._check(other)
        return Money._raw(self.cents - other.cents, self.currency)

    def __mul__(self, k):
        if isinstance(k, Money):
            return NotImplemented
        return Money._raw(round(self.cents * k), self.currency)

    __rmul__ = __mul__

    def __truediv__(self, k):
        if isinstance(k, Money):
            return self.cents / k.cents
        return Money._raw(round(self.cents / k), self.currency)

    def __floordiv__(self, k):
        return Money._raw(self.cents // k, self.currency)

    def __mod__(self, k):
        return Money._raw(self.cents % k, self.currency)

    def __divmod__(self, k):
        return self // k, self % k

    def __neg__(self):
        return Money._raw(-self.cents, self.currency)

    def __abs__(self):
        return Money._raw(abs(self.cents), self.currency)

    def __bool__(self):
        return self.cents != 0

    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.cents, self.currency) == (other.cents, other.currency)
        return NotImplemented

    def __lt__(self, other):
        self._check(other)
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __int__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100

    def __round__(self, n=0):
        return round(float(self), n)

    def __format__(self, spec):
        sign = "-" if self.cents < 0 else ""
        body = f"{abs(self.cents) // 100:,}.{abs(self.cents) % 100:02d}"
        s = f"{sign}${body}" if self.currency == "USD" else f"{sign}{body} {self.currency}"
        return format(s, spec) if spec else s

    def __repr__(self):
        return f"Money({self.cents / 100!r}, {self.currency!r})"

    def __str__(self):
        return format(self)


a = Money("19.99")
b = Money(5)
c = Money(2.5)
print(a, b, c, repr(a))
print(a + b, a - b, a * 3, 3 * c, a / 4, a / b, a // 3, a % 7, divmod(a, 3))
print(sum([a, b, c]), -a, abs(-a), bool(Money(0)), int(a), float(a), round(a), round(a, 1))
print(sorted([a, b, c]), max(a, b), a > b, a >= b, a <= c, a == Money("19.99"), a != b)
print(f"[{a:>12}] [{Money(-1234567):<16}] [{Money(7, 'EUR')}]")
print(len({a, Money("19.99"), b}))
try:
    a + Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
try:
    a * a
except TypeError as e:
    print("TypeError:", e)
try:
    a.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(operator.add(a, b), operator.mul(b, 2), list(map(operator.neg, [a, b])))
print(math.floor(float(a)), math.ceil(float(a)), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(7 // -2, -7 // 2, 7 % -3, -7 % 3, divmod(-7, 2), divmod(7.5, -2), (-7) ** 0.5 if False else pow(2, -1))
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 3), round(12345, -2), round(0.125, 2))
print(pow(3, 200, 1000), pow(2, 0.5), 2 ** 100, (-2) ** 3, 10 ** -2, 0 ** 0, int("  -0x1f ".strip(), 16))
print(int("1_000"), float("1e-3"), int(-3.9), int(True), float("  inf "), complex(1, -1) * 2j)
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (1024).bit_length(), (7).bit_count())
print(math.gcd(12, 18, 24), math.lcm(4, 6), math.isqrt(99), math.comb(10, 3), math.perm(5, 2), math.factorial(20))
print(math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.copysign(1, -0.0), math.trunc(-2.7), math.log(8, 2), math.log10(1000))
print(1e16, 1e-5, 0.1 + 0.2, 1 / 3, 2 / 3 * 3, float(10 ** 20), 123456789.123456789, -0.0, 5e-324)
