from functools import total_ordering
from decimal import Decimal, ROUND_HALF_EVEN


class CurrencyMismatch(TypeError):
    pass


@total_ordering
class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency="USD"):
        object.__setattr__(self, "amount", Decimal(str(amount)).quantize(Decimal("0.01"), ROUND_HALF_EVEN))
        object.__setattr__(self, "currency", currency)

    def __setattr__(self, name, value):
        raise AttributeError(f"Money is immutable (tried to set {name!r})")

    def _check(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")
        return True

    def __add__(self, other):
        if other == 0:
            return self
        if not self._check(other):
            return NotImplemented
        return Money(self.amount + other.amount, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, k):
        if isinstance(k, (int, Decimal)) and not isinstance(k, bool):
            return Money(self.amount * k, self.currency)
        if isinstance(k, float):
            return Money(self.amount * Decimal(str(k)), self.currency)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        if isinstance(k, Money):
            self._check(k)
            return self.amount / k.amount
        return Money(self.amount / Decimal(k), self.currency)

    def __floordiv__(self, n):
        base = Money(self.amount / n, self.currency)
        return [base] * (n - 1) + [self - base * (n - 1)]

    def __neg__(self):
        return Money(-self.amount, self.currency)

    def __abs__(self):
        return Money(abs(self.amount), self.currency)

    def __bool__(self):
        return bool(self.amount)

    def __eq__(self, other):
        if isinstance(other, (int, float)) and other == 0:
            return self.amount == 0
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other):
        self._check(other)
        return self.amount < other.amount

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __repr__(self):
        return f"Money('{self.amount}', {self.currency!r})"

    def __str__(self):
        sign = "-" if self.amount < 0 else ""
        return f"{sign}{self.currency} {abs(self.amount):,}"

    def __format__(self, spec):
        if spec == "short":
            return f"{self.amount:.0f}{self.currency[0]}"
        return format(str(self), spec)


a, b = Money(10.005), Money("2.50")
print(a, b, repr(a), a + b, a - b, b - a, a * 3, 2 * b, b * 1.5, a / 4, a / b, -a, abs(-a))
print(sum([a, b, Money(1)]), sum([], Money(0)), a > b, a <= b, max(a, b), sorted([a, b, Money(0.1)]))
print(Money(100) // 3, bool(Money(0)), bool(a), Money(0) == 0, a == Money("10.00"), a != b)
print(f"[{a:>16}] [{b:short}] [{Money(-1234.5):<16}]", {a: "x", Money(10): "y"})
for bad in (lambda: a + Money(1, "EUR"), lambda: a < Money(1, "EUR"), lambda: a + 1, lambda: a * "3", lambda: setattr(a, "amount", 1), lambda: a * True):
    try:
        print(bad())
    except CurrencyMismatch as e:
        print("CurrencyMismatch:", e, isinstance(e, TypeError))
    except (TypeError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
