# Event sourcing ledger: frozen + ordered dataclasses, replace(), replaying events into state,
# snapshots, sorting by natural order, FrozenInstanceError, asdict/astuple, field(compare=False).
from dataclasses import dataclass, field, replace, asdict, astuple, FrozenInstanceError, fields
from typing import Optional
from collections import defaultdict


@dataclass(frozen=True, order=True)
class Event:
    seq: int
    kind: str
    account: str
    amount: int = 0
    memo: Optional[str] = field(default=None, compare=False)

    def signed(self):
        return {"deposit": self.amount, "withdraw": -self.amount, "open": 0, "close": 0}[self.kind]


@dataclass
class Account:
    name: str
    balance: int = 0
    history: list = field(default_factory=list, repr=False)
    closed: bool = False


class LedgerError(Exception):
    def __init__(self, event, reason):
        super().__init__(f"event #{event.seq} ({event.kind} {event.account}): {reason}")
        self.event = event


def apply(state, ev):
    acct = state.get(ev.account)
    if ev.kind == "open":
        if acct is not None:
            raise LedgerError(ev, "already open")
        state[ev.account] = Account(ev.account)
        return
    if acct is None or acct.closed:
        raise LedgerError(ev, "no such open account")
    if ev.kind == "close":
        if acct.balance:
            raise LedgerError(ev, f"balance {acct.balance} not zero")
        acct.closed = True
    else:
        nb = acct.balance + ev.signed()
        if nb < 0:
            raise LedgerError(ev, f"would overdraw to {nb}")
        acct.balance = nb
    acct.history.append(ev.seq)


raw = [
    (3, "deposit", "alice", 500, "paycheck"), (1, "open", "alice"), (2, "open", "bob"), (4, "withdraw", "alice", 120),
    (5, "deposit", "bob", 75, "gift"), (6, "withdraw", "bob", 100), (7, "open", "alice"), (8, "withdraw", "bob", 75),
    (9, "close", "bob"), (10, "deposit", "bob", 5), (11, "close", "alice"), (12, "deposit", "carol", 1),
]
events = sorted(Event(*r) for r in raw)
print(events[0], events[-1] > events[0], Event(1, "a", "x", memo="m") == Event(1, "a", "x", memo="other"))
state, errors = {}, []
for ev in events:
    try:
        apply(state, ev)
    except LedgerError as e:
        errors.append(str(e))
for name, acct in sorted(state.items()):
    print(f"{name:<6} {acct.balance:>6} closed={acct.closed!s:<5} history={acct.history}", repr(acct))
print(*errors, sep="\n")
ev = events[2]
try:
    ev.amount = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del ev.kind
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
fixed = replace(ev, amount=ev.amount * 2, memo="doubled")
print(fixed, fixed is ev, fixed == ev, fixed > ev)
print(asdict(fixed), astuple(fixed), [f.name for f in fields(Event)], [f.compare for f in fields(Event)])
print(hash(Event(1, "open", "z")) == hash(Event(1, "open", "z", memo="q")), len({Event(1, "open", "z"), Event(1, "open", "z", memo="q")}))
by_kind = defaultdict(list)
for e in events:
    by_kind[e.kind].append(e.seq)
print(dict(by_kind))
totals = defaultdict(int)
for e in events:
    totals[e.account] += e.signed()
print(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])))


def snapshot(evs, upto):
    st = {}
    for e in evs:
        if e.seq > upto:
            break
        try:
            apply(st, e)
        except LedgerError:
            pass
    return {k: v.balance for k, v in st.items()}


for upto in (2, 4, 6, 9, 12):
    print(upto, snapshot(events, upto))
try:
    replace(ev, bogus=1)
except TypeError as e:
    print("TypeError:", e)
try:
    Event(1, "open")
except TypeError as e:
    print("TypeError:", e)
print(sorted([Event(2, "b", "x"), Event(2, "a", "y"), Event(1, "z", "z")]), Event(1, "a", "b") < Event(1, "a", "c"))
try:
    Event(1, "a", "b") < (1, "a", "b")
except TypeError as e:
    print("TypeError:", e)
