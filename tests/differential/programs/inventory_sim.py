import random
from collections import Counter, namedtuple, deque
from dataclasses import dataclass, field

Order = namedtuple("Order", "day sku qty")


@dataclass
class Stock:
    sku: str
    on_hand: int
    reorder_at: int
    reorder_qty: int
    pending: deque = field(default_factory=deque)
    stockouts: int = 0

    def receive(self, day):
        arrived = 0
        while self.pending and self.pending[0][0] <= day:
            arrived += self.pending.popleft()[1]
        self.on_hand += arrived
        return arrived

    def fulfil(self, qty):
        if qty > self.on_hand:
            self.stockouts += 1
            shipped = self.on_hand
        else:
            shipped = qty
        self.on_hand -= shipped
        return shipped


rng = random.Random(31337)
stocks = {s: Stock(s, rng.randint(10, 30), 8, 25) for s in ("AX", "BY", "CZ")}
orders = [Order(day, rng.choice(sorted(stocks)), rng.randint(1, 9)) for day in range(1, 31) for _ in range(rng.randint(0, 3))]
print(len(orders), orders[:3])
shipped_total = Counter()
log = []
for day in range(1, 31):
    for st in stocks.values():
        got = st.receive(day)
        if got:
            log.append(f"d{day:02d} recv {st.sku} +{got}")
    for o in (o for o in orders if o.day == day):
        shipped_total[o.sku] += stocks[o.sku].fulfil(o.qty)
    for st in stocks.values():
        if st.on_hand <= st.reorder_at and not st.pending:
            lead = rng.randint(2, 5)
            st.pending.append((day + lead, st.reorder_qty))
            log.append(f"d{day:02d} reorder {st.sku} (arrives d{day + lead:02d})")
print("\n".join(log[:12]))
print("...", len(log), "events")
for sku, st in sorted(stocks.items()):
    print(f"{sku}: on_hand={st.on_hand:3d} stockouts={st.stockouts} shipped={shipped_total[sku]} pending={list(st.pending)}")
print(shipped_total, shipped_total.total(), sorted(shipped_total.elements())[:5])
demand = Counter()
for o in orders:
    demand[o.sku] += o.qty
print({k: f"{shipped_total[k] / v:.1%}" for k, v in sorted(demand.items())})
weekly = [sum(o.qty for o in orders if (o.day - 1) // 7 == w) for w in range(5)]
print(weekly, max(range(5), key=weekly.__getitem__))
hist = Counter(o.qty for o in orders)
for q in range(1, 10):
    print(q, "#" * hist[q])
print(stocks["AX"])
print(rng.sample(sorted(stocks), k=4))
