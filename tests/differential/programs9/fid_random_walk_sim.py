"""Seeded simulations: random walks, dice, queue simulation, shuffling."""
import random
from collections import Counter, deque
import statistics

random.seed(2024)
print(random.random(), random.randint(1, 6), random.choice("abcdef"))
print([random.randrange(0, 100, 5) for _ in range(6)])
print(round(random.uniform(-1, 1), 12), round(random.gauss(0, 1), 12))

deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hand = sorted(deck[:5])
print("hand:", hand)
print("sample:", random.sample(range(100), 7))
print("choices:", random.choices(["red", "green", "blue"], weights=[5, 3, 1], k=10))


def walk(steps, rng):
    x = y = 0
    seen = {(0, 0)}
    for _ in range(steps):
        dx, dy = rng.choice([(1, 0), (-1, 0), (0, 1), (0, -1)])
        x, y = x + dx, y + dy
        seen.add((x, y))
    return (x, y), len(seen)


rng = random.Random(7)
results = [walk(200, rng) for _ in range(5)]
for end, visited in results:
    print(f"end={end!s:>10} visited={visited:4d} dist={abs(end[0]) + abs(end[1]):3d}")

dice = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(3000))
for total in range(2, 13):
    bar = "#" * (dice[total] // 20)
    print(f"{total:2d} {dice[total]:4d} {bar}")
print(dice.most_common(3))


def bank_queue(n_customers, tellers, seed):
    r = random.Random(seed)
    t = 0.0
    arrivals = []
    for _ in range(n_customers):
        t += r.expovariate(1.0)
        arrivals.append(t)
    free_at = [0.0] * tellers
    waits = []
    q = deque(arrivals)
    while q:
        a = q.popleft()
        i = min(range(tellers), key=lambda k: free_at[k])
        start = max(a, free_at[i])
        waits.append(start - a)
        free_at[i] = start + r.uniform(0.5, 2.5)
    return waits


for tellers in (1, 2, 3):
    w = bank_queue(200, tellers, 99)
    print(f"tellers={tellers} mean wait={statistics.mean(w):.3f} max={max(w):.3f} zero={sum(1 for x in w if x == 0)}")

state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b, len(a))
random.seed("hello")
print(random.randint(0, 10**6))
random.seed(b"bytes")
print(random.getrandbits(40))
print(random.Random(1).sample(["x", "y", "z", "w"], 2))
