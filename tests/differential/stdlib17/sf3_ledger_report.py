"""A realistic script: a small double-entry ledger (decimal, datetime, json with a custom encoder/decoder hook, functools.total_ordering, operator.attrgetter, itertools.groupby, statistics, textwrap)."""
import functools
import itertools
import json
import operator
import statistics
import textwrap
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_EVEN, localcontext

CENT = Decimal("0.01")


@functools.total_ordering
@dataclass(frozen=True)
class Entry:
    day: date
    account: str
    amount: Decimal
    memo: str = ""

    def __lt__(self, other):
        return (self.day, self.account, self.amount) < (other.day, other.account, other.amount)


@dataclass
class Ledger:
    entries: list = field(default_factory=list)

    def post(self, day, memo, *legs):
        total = sum((amt for _, amt in legs), Decimal(0))
        if total != 0:
            raise ValueError(f"unbalanced transaction {memo!r}: {total}")
        for account, amt in legs:
            self.entries.append(Entry(day, account, amt.quantize(CENT), memo))

    def balance(self, account, upto=None):
        return sum((e.amount for e in self.entries if e.account == account and (upto is None or e.day <= upto)), Decimal("0.00"))

    def accounts(self):
        return sorted({e.account for e in self.entries})


class LedgerEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return {"$dec": str(o)}
        if isinstance(o, date):
            return {"$date": o.isoformat()}
        if isinstance(o, Entry):
            return {"$entry": [o.day, o.account, o.amount, o.memo]}
        return super().default(o)


def decode(d):
    if "$dec" in d:
        return Decimal(d["$dec"])
    if "$date" in d:
        return date.fromisoformat(d["$date"])
    if "$entry" in d:
        return Entry(*d["$entry"])
    return d


led = Ledger()
d0 = date(2024, 1, 1)
led.post(d0, "opening", ("assets:bank", Decimal("5000")), ("equity:opening", Decimal("-5000")))
for month in range(1, 7):
    day = date(2024, month, 25)
    rent = Decimal("1200.00")
    led.post(day, f"rent {day:%b}", ("expenses:rent", rent), ("assets:bank", -rent))
    salary = Decimal("3150.75") + month * Decimal("12.5")
    led.post(day - timedelta(days=1), f"salary {day:%B}", ("assets:bank", salary), ("income:salary", -salary))
    with localcontext() as ctx:
        ctx.rounding = ROUND_HALF_EVEN
        grocery = (Decimal("423.456") * (1 + Decimal(month) / 40)).quantize(CENT)
    led.post(day + timedelta(days=2), "groceries", ("expenses:food", grocery), ("assets:bank", -grocery))
try:
    led.post(d0, "broken", ("assets:bank", Decimal("1")), ("expenses:food", Decimal("-0.99")))
except ValueError as e:
    print("rejected:", e)

for acct in led.accounts():
    print(f"{acct:16} {led.balance(acct):>12,.2f} {led.balance(acct, date(2024, 3, 31)):>12,.2f}")
print("sum of all:", sum(e.amount for e in led.entries))
by_month = itertools.groupby(sorted(led.entries, key=lambda e: (e.day.month, e.account)), key=lambda e: e.day.month)
for month, group in by_month:
    g = list(group)
    spend = sum(e.amount for e in g if e.account.startswith("expenses"))
    print(f"{date(2024, month, 1):%Y-%m}: {len(g):2} postings, spend {spend:9.2f}, memos {sorted({e.memo.split()[0] for e in g})}")
food = [e.amount for e in led.entries if e.account == "expenses:food"]
print("food mean", statistics.mean(food), "median", statistics.median(food), "stdev", round(statistics.stdev(food), 4), "max", max(food))
latest = sorted(led.entries, key=operator.attrgetter("day", "amount"), reverse=True)[:3]
print([(e.day.isoformat(), e.account, str(e.amount)) for e in latest])
print(min(led.entries), max(led.entries).memo, Entry(d0, "a", Decimal(1)) <= Entry(d0, "a", Decimal(2)))
blob = json.dumps({"entries": led.entries[:4], "generated": date(2024, 7, 1)}, cls=LedgerEncoder, indent=1)
print(blob[:300])
back = json.loads(blob, object_hook=decode)
print(back["generated"], back["entries"][0], back["entries"] == led.entries[:4])
note = " ".join(f"{a}={led.balance(a)}" for a in led.accounts())
print(textwrap.fill(note, 48, initial_indent="Balances: ", subsequent_indent="          "))
