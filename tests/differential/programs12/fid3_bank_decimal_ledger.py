from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, InvalidOperation
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
from typing import Optional


class Kind(Enum):
    DEPOSIT = "dep"
    WITHDRAW = "wd"
    FEE = "fee"
    INTEREST = "int"
    TRANSFER = "xfer"


CENT = Decimal("0.01")


@dataclass(frozen=True)
class Entry:
    day: date
    kind: Kind
    amount: Decimal
    memo: str = ""


class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        self.account = account
        self.needed = needed
        super().__init__(f"{account.owner} needs {needed} more")


@dataclass
class Account:
    owner: str
    rate: Decimal = Decimal("0.0125")
    entries: list = field(default_factory=list)
    overdraft: Decimal = Decimal(0)

    @property
    def balance(self) -> Decimal:
        total = Decimal(0)
        for e in self.entries:
            total += e.amount if e.kind in (Kind.DEPOSIT, Kind.INTEREST) or (e.kind is Kind.TRANSFER and e.amount > 0) else -abs(e.amount)
        return total

    def post(self, day, kind, amount, memo=""):
        amount = Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)
        if kind in (Kind.WITHDRAW, Kind.FEE) and self.balance - amount < -self.overdraft:
            raise InsufficientFunds(self, (amount - self.balance - self.overdraft).quantize(CENT))
        self.entries.append(Entry(day, kind, amount, memo))

    def accrue(self, day, days):
        daily = self.rate / 365
        interest = (self.balance * daily * days).quantize(CENT, rounding=ROUND_HALF_EVEN)
        if interest > 0:
            self.post(day, Kind.INTEREST, interest, f"{days}d @ {self.rate:%}")
        return interest

    def statement(self, since: Optional[date] = None):
        run = Decimal(0)
        lines = []
        for e in self.entries:
            sign = 1 if e.kind in (Kind.DEPOSIT, Kind.INTEREST) or (e.kind is Kind.TRANSFER and e.amount > 0) else -1
            run += sign * abs(e.amount)
            if since is None or e.day >= since:
                lines.append(f"{e.day:%m/%d} {e.kind.value:<4} {sign * abs(e.amount):>10,.2f} {run:>11,.2f}  {e.memo}")
        return "\n".join(lines)


def transfer(day, src, dst, amount):
    src.post(day, Kind.WITHDRAW, amount, f"to {dst.owner}")
    dst.post(day, Kind.TRANSFER, amount, f"from {src.owner}")


d0 = date(2024, 1, 1)
ann = Account("Ann")
bob = Account("Bob", rate=Decimal("0.02"), overdraft=Decimal("100"))
ann.post(d0, Kind.DEPOSIT, "2500.005", "opening")
bob.post(d0, Kind.DEPOSIT, "310.10", "opening")
transfer(d0 + timedelta(days=3), ann, bob, "199.99")
bob.post(d0 + timedelta(days=5), Kind.WITHDRAW, "450.00", "rent")
try:
    bob.post(d0 + timedelta(days=6), Kind.WITHDRAW, "100.00", "atm")
except InsufficientFunds as e:
    print("declined:", e, e.needed, type(e.needed).__name__)
bob.post(d0 + timedelta(days=7), Kind.FEE, "2.50", "fee")
for acct in (ann, bob):
    print(acct.owner, "interest", acct.accrue(d0 + timedelta(days=31), 31))
print(ann.statement())
print(bob.statement(since=d0 + timedelta(days=4)))
print(ann.balance, bob.balance, ann.balance + bob.balance)
print(sum((e.amount for e in ann.entries if e.kind is Kind.DEPOSIT), Decimal(0)))
vals = [Decimal("0.125"), Decimal("0.135"), Decimal("-0.125"), Decimal("2.5"), Decimal("3.5")]
print([str(v.quantize(CENT, rounding=ROUND_HALF_EVEN)) for v in vals[:3]], [str(v.quantize(Decimal(1), rounding=ROUND_HALF_EVEN)) for v in vals[3:]])
print([str(v.quantize(CENT, rounding=ROUND_HALF_UP)) for v in vals[:3]])
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
print(Decimal("1.2345").as_tuple(), Decimal("-0.00").is_signed(), Decimal("100").sqrt(), Decimal("12.3400").normalize(), Decimal(2) ** 10)
print(Decimal("1") / Decimal("8"), Decimal("7").max(Decimal("7.0")), Decimal("0.1") * 3 == Decimal("0.3"), Decimal("5").compare(Decimal("3")), abs(Decimal("-4.20")))
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('-0.5'):+.3f}", f"{Decimal('3'):08.2f}", f"{Decimal('1e-10'):e}", str(Decimal("1e-10")), repr(Decimal("1.50")))
print(int(Decimal("-7.9")), float(Decimal("0.1")), Decimal(7) // Decimal(2), Decimal(-7) % Decimal(2), round(Decimal("7.5")), round(Decimal("8.5")))
