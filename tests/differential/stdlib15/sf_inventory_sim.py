"""Warehouse simulation: random (seeded) + heapq event queue + bisect + statistics."""
import bisect
import heapq
import random
import statistics
from collections import deque, Counter

rng = random.Random(2024)
SKUS = ["bolt", "nut", "gear", "spring", "valve"]
stock = {s: rng.randint(5, 20) for s in SKUS}
print(stock)
events = []
seq = 0
def schedule(t, kind, payload):
    global seq
    heapq.heappush(events, (t, seq, kind, payload))
    seq += 1
t = 0.0
for _ in range(25):
    t += rng.expovariate(1 / 3.0)
    schedule(round(t, 3), "order", (rng.choice(SKUS), rng.randint(1, 6)))
for i, s in enumerate(SKUS):
    schedule(10.0 * (i + 1), "restock", (s, rng.randrange(5, 30, 5)))
backlog = deque()
filled, waits = Counter(), []
log = []
while events:
    now, _, kind, (sku, qty) = heapq.heappop(events)
    if kind == "order":
        if stock[sku] >= qty:
            stock[sku] -= qty
            filled[sku] += qty
            log.append(f"{now:7.3f} ship {qty} {sku}")
        else:
            backlog.append((now, sku, qty))
            log.append(f"{now:7.3f} backorder {qty} {sku} (have {stock[sku]})")
    else:
        stock[sku] += qty
        log.append(f"{now:7.3f} restock {qty} {sku}")
        for _ in range(len(backlog)):
            t0, s2, q2 = backlog.popleft()
            if s2 == sku and stock[s2] >= q2:
                stock[s2] -= q2
                filled[s2] += q2
                waits.append(now - t0)
            else:
                backlog.append((t0, s2, q2))
print("\n".join(log[:12]))
print("...", len(log), "events")
print("stock", stock, "filled", sorted(filled.items()), "backlog", list(backlog))
if len(waits) >= 2:
    print("waits mean=%.3f median=%.3f max=%.3f" % (statistics.mean(waits), statistics.median(waits), max(waits)))
breaks = [2, 5, 10, 20]
labels = ["tiny", "small", "medium", "large", "huge"]
sizes = [rng.randint(0, 30) for _ in range(12)]
print([(s, labels[bisect.bisect(breaks, s)]) for s in sizes])
scores = sorted(rng.sample(range(100), 10))
print(scores, bisect.bisect_left(scores, 50), bisect.bisect_right(scores, scores[3]))
print(heapq.nsmallest(3, stock.items(), key=lambda kv: kv[1]), heapq.nlargest(2, filled, key=filled.get))
samples = [rng.gauss(100, 15) for _ in range(1000)]
print(round(statistics.mean(samples), 6), round(statistics.stdev(samples), 6))
nd = statistics.NormalDist.from_samples(samples)
print(round(nd.mean, 6), round(nd.stdev, 6), round(nd.cdf(130), 6))
print([round(x, 4) for x in (rng.uniform(-1, 1), rng.triangular(0, 1, 0.2), rng.betavariate(2, 3), rng.lognormvariate(0, 0.5), rng.vonmisesvariate(0, 4))])
deck = list(range(52))
rng.shuffle(deck)
print(deck[:10], rng.choices("HT", k=10), rng.choices(range(3), weights=[0.1, 0.3, 0.6], k=12))
print(rng.getrandbits(64), rng.randbytes(6).hex(), rng.random())
