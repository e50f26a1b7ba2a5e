from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext, InvalidOperation
from dataclasses import dataclass, field
from typing import List


class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account, needed):
        super().__init__(f"{account}: needs {needed}")
        self.account = account
        self.needed = needed


@dataclass
class Entry:
    date: str
    memo: str
    amount: Decimal

    def __str__(self):
        return f"{self.date} {self.memo:<18}{self.amount:>12,.2f}"


@dataclass
class Account:
    name: str
    entries: List[Entry] = field(default_factory=list)

    @property
    def balance(self):
        return sum((e.amount for e in self.entries), Decimal("0"))

    def post(self, date, memo, amount):
        amount = Decimal(amount)
        if amount < 0 and self.balance + amount < 0:
            raise InsufficientFunds(self.name, -(self.balance + amount))
        self.entries.append(Entry(date, memo, amount))


CENT = Decimal("0.01")
acct = Account("checking")
acct.post("2024-01-01", "opening", "1000.00")
acct.post("2024-01-03", "groceries", "-123.456")
acct.post("2024-01-05", "salary", "2500")
acct.post("2024-01-09", "rent", "-1450.5")
for e in acct.entries:
    print(e)
print("balance:", acct.balance, acct.balance.quantize(CENT, rounding=ROUND_HALF_UP))
try:
    acct.post("2024-01-10", "car", "-5000")
except InsufficientFunds as exc:
    print("error:", exc, "|", exc.needed, type(exc).__mro__[1].__name__)

rate = Decimal("0.0375")
principal = Decimal("10000")
for year in range(1, 4):
    interest = (principal * rate).quantize(CENT, rounding=ROUND_HALF_UP)
    principal += interest
    print(f"year {year}: interest={interest} principal={principal}")

print(Decimal("1.1") + Decimal("2.2"), 1.1 + 2.2)
print(Decimal(1) / Decimal(7))
getcontext().prec = 10
print(Decimal(1) / Decimal(7), Decimal(2).sqrt())
getcontext().prec = 28
print(Decimal("2.675").quantize(CENT), Decimal("2.665").quantize(CENT, rounding=ROUND_HALF_UP))
print(Decimal("7.999").quantize(CENT, rounding=ROUND_DOWN))
print(repr(Decimal("3.14")), str(Decimal("1E+3")), Decimal("1e3") == 1000)
print(Decimal("-0.00"), Decimal("100").normalize(), Decimal("0.500").normalize())
print(Decimal("12.5").to_integral_value(), round(Decimal("12.5")), round(Decimal("13.5")))
print(Decimal("3.7") // 2, Decimal("-3.7") // 2, Decimal("-3.7") % 2)
print(sorted([Decimal("1.5"), Decimal("0.25"), Decimal("10")]))
print(max(Decimal("1.10"), Decimal("1.1")), Decimal("1.10") == Decimal("1.1"))
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.125'):.1%}", f"{Decimal('42'):08.3f}")
try:
    Decimal("abc")
except InvalidOperation as exc:
    print("invalid:", type(exc).__name__)
totals = {}
for memo, amt in [("food", "12.30"), ("fuel", "40"), ("food", "7.70"), ("fuel", "0.05")]:
    totals[memo] = totals.get(memo, Decimal(0)) + Decimal(amt)
print(totals)
print(Decimal("1.23").as_tuple(), int(Decimal("9.99")), float(Decimal("0.1")))
