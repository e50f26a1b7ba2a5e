from collections import defaultdict, OrderedDict, Counter, namedtuple, deque

Txn = namedtuple("Txn", "id account amount kind", defaults=("deposit",))


class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        self.account, self.needed = account, needed
        super().__init__(account, needed)

    def __str__(self):
        return f"account {self.account} short by {self.needed:.2f}"


class Ledger:
    def __init__(self):
        self.balances = defaultdict(float)
        self.history = deque(maxlen=3)
        self.kinds = Counter()

    def apply(self, t):
        if t.kind == "withdraw":
            if self.balances[t.account] < t.amount:
                raise InsufficientFunds(t.account, t.amount - self.balances[t.account])
            self.balances[t.account] -= t.amount
        elif t.kind == "deposit":
            self.balances[t.account] += t.amount
        else:
            raise ValueError(f"unknown kind {t.kind!r}")
        self.history.append(t.id)
        self.kinds[t.kind] += 1


txns = [Txn(1, "A", 100), Txn(2, "B", 50.5), Txn(3, "A", 30, "withdraw"), Txn(4, "B", 80, "withdraw"),
        Txn(5, "C", 10, "refund"), Txn(6, "C", 5)]
ledger = Ledger()
failed = OrderedDict()
for t in txns:
    try:
        ledger.apply(t)
    except InsufficientFunds as e:
        failed[t.id] = str(e)
        print("FAILED", t, "->", e, e.args)
    except ValueError as e:
        failed[t.id] = repr(e)
print(dict(ledger.balances), list(ledger.history), ledger.kinds.most_common())
print(failed, list(failed.items())[-1])
failed.move_to_end(3)
print(list(failed), failed.popitem(last=False))
print(Txn._fields, Txn(9, "Z", 1)._replace(amount=2), Txn._make([7, "Q", 3, "x"])._asdict())
t = txns[2]
print(t.amount, t[1], len(t), t.index("A") if hasattr(t, "index") else None, t.count(30), t == (3, "A", 30, "withdraw"))
c = Counter("mississippi")
print(c, c["s"], c["z"], c.total(), sorted(c.elements())[:5], (c - Counter("sip")), c & Counter("ss"), +c)
dq = deque([1, 2, 3])
dq.rotate(1)
dq.appendleft(0)
dq.extendleft([-1, -2])
print(dq, dq.popleft(), dq.pop(), dq[1], len(dq), dq.maxlen, deque("ab", maxlen=1))
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd.default_factory, "z" in dd, dd["z"], sorted(dd))
raise InsufficientFunds("Z", 12.5)
