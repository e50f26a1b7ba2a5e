import random
import statistics

random.seed(12345)
print([random.randint(1, 6) for _ in range(10)])
print([round(random.random(), 6) for _ in range(3)])
print(random.choice("abcdefg"), random.choice(range(100)), random.choice([10, 20, 30]))
print(random.choices(["red", "green", "blue"], weights=[5, 3, 1], k=12))
print(random.choices(range(5), cum_weights=[1, 2, 3, 10, 11], k=8))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.sample(range(1000), 6), random.sample(deck, 3))
print(round(random.gauss(100, 15), 6), round(random.gauss(0, 1), 6))
print(round(random.uniform(-5, 5), 6), round(random.triangular(0, 10, 3), 6))
print(round(random.betavariate(2, 5), 6), round(random.expovariate(0.5), 6))
print(round(random.normalvariate(10, 2), 6), round(random.lognormvariate(0, 0.5), 6))
print(random.randrange(0, 100, 7), random.randrange(50), random.getrandbits(40))
print(round(random.gammavariate(2.0, 3.0), 6), round(random.paretovariate(3), 6), round(random.weibullvariate(1, 2), 6), round(random.vonmisesvariate(0, 4), 6))

state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b)

rng = random.Random(2024)
rolls = [rng.randint(1, 20) for _ in range(200)]
print(statistics.mean(rolls), statistics.median(rolls), statistics.mode(rolls))
print(sorted(set(rolls))[:5], max(rolls), min(rolls))


def simulate_queue(seed, n):
    r = random.Random(seed)
    t = 0.0
    free_at = 0.0
    waits = []
    for _ in range(n):
        t += r.expovariate(1.0)
        start = max(t, free_at)
        waits.append(start - t)
        free_at = start + r.uniform(0.5, 1.2)
    return waits


w = simulate_queue(7, 500)
print(f"avg wait {statistics.fmean(w):.6f}, max {max(w):.6f}, zero waits {sum(1 for x in w if x == 0)}")

random.seed("a string seed")
print(random.randint(0, 10**12))
random.seed(b"bytes")
print(random.random())
random.seed(3.5)
print(random.random())
random.seed(-77)
print(random.randint(1, 100))
random.seed(2**70 + 5)
print(random.random())
r2 = random.Random()
r2.seed(99)
items = list(range(10))
r2.shuffle(items)
print(items, r2.choice(items), r2.binomialvariate(10, 0.3) if hasattr(r2, "binomialvariate") else "n/a")
print(random.Random(5).sample(["x", "y", "z", "w"], k=4), random.Random(5).choices("ab", k=5))
