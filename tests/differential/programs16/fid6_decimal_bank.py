# Bank ledger with Decimal: interest, rounding modes, quantize, statements, and contexts.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, localcontext, InvalidOperation, getcontext
from collections import namedtuple

CENT = Decimal("0.01")
Entry = namedtuple("Entry", "day kind amount memo", defaults=("",))


class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} < {amount}")
        self.balance, self.amount = balance, amount


class Account:
    def __init__(self, owner, rate):
        self.owner = owner
        self.rate = Decimal(rate)
        self.entries = []

    @property
    def balance(self):
        total = Decimal(0)
        for e in self.entries:
            total += e.amount if e.kind in ("dep", "int") else -e.amount
        return total

    def deposit(self, day, amount, memo=""):
        amt = Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)
        if amt <= 0:
            raise ValueError(f"bad amount {amount!r}")
        self.entries.append(Entry(day, "dep", amt, memo))

    def withdraw(self, day, amount, memo=""):
        amt = Decimal(amount).quantize(CENT)
        if amt > self.balance:
            raise InsufficientFunds(self.balance, amt)
        self.entries.append(Entry(day, "wd", amt, memo))

    def accrue(self, day, days):
        interest = self.balance * self.rate * days / 365
        self.entries.append(Entry(day, "int", interest.quantize(CENT, ROUND_HALF_EVEN), f"{days}d"))
        return interest

    def statement(self):
        print(f"Statement for {self.owner} (rate {self.rate:.2%})")
        run = Decimal(0)
        for e in self.entries:
            sign = 1 if e.kind != "wd" else -1
            run += sign * e.amount
            print(f"  day {e.day:>3} {e.kind:<4}{sign * e.amount:>12,.2f}{run:>12,.2f}  {e.memo}")
        print(f"  closing {self.balance:>26,.2f}")


acct = Account("Ada", "0.0425")
acct.deposit(1, "1000.005", "opening")
acct.deposit(3, 250.125)
acct.withdraw(10, "99.99", "groceries")
for d, a in [(12, "2000"), (13, "0"), (14, "-5")]:
    try:
        if d == 12:
            acct.withdraw(d, a)
        else:
            acct.deposit(d, a)
    except InsufficientFunds as e:
        print("refused:", e, repr(e.amount))
    except ValueError as e:
        print("refused:", e)
raw = acct.accrue(30, 29)
print("raw interest:", raw, raw.quantize(Decimal("1e-6")), raw.as_tuple().exponent)
acct.withdraw(31, "1150.14", "rent")
acct.statement()

print(Decimal("2.675").quantize(CENT, ROUND_HALF_UP), Decimal("2.675").quantize(CENT, ROUND_HALF_EVEN),
      Decimal(2.675).quantize(CENT), Decimal("-2.675").quantize(CENT, ROUND_DOWN))
print(Decimal("1") / Decimal("7"), Decimal(1) / 3 * 3, Decimal("10") ** 20, Decimal("1.10") + Decimal("2.2"))
with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / 7, Decimal("123456789") + 0, +Decimal("3.14159265"))
print(getcontext().prec, Decimal("0.1") * 3 == Decimal("0.3"), 0.1 * 3 == 0.3)
print(Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100").normalize(), Decimal("-0"), Decimal("0.000001"), Decimal("0.0000001"))
print(sorted([Decimal("1.5"), Decimal("-2"), Decimal("1.50"), Decimal("0")]), max(Decimal(1), Decimal("1.0")))
print(f"{Decimal('1234567.891'):,.2f} {Decimal('0.5'):%} {Decimal('12.3456'):10.3f}| {Decimal('-0.004'):.2f}")
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
print(int(Decimal("7.9")), float(Decimal("0.1")), round(Decimal("2.5")), round(Decimal("3.14159"), 3), Decimal("7") % 3, Decimal("-7") // 2)
print(repr(sum((e.amount for e in acct.entries), Decimal(0))), acct.entries[0], acct.entries[0]._asdict())
