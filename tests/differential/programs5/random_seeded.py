"""random with a fixed seed: a reproducible simulation."""
import random

random.seed(2024)
print(random.random(), random.randint(1, 6), random.randrange(0, 100, 5), random.uniform(1.5, 2.5))
print(random.choice("abcdef"), random.choices(range(10), k=5), random.sample(range(100), 4))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.choices(["red", "green", "blue"], weights=[10, 1, 1], k=8))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=6))
print([round(random.gauss(0, 1), 6) for _ in range(3)], round(random.normalvariate(10, 2), 6))
print(round(random.expovariate(1.5), 6), round(random.betavariate(2, 3), 6), round(random.triangular(0, 10, 3), 6))
print(random.getrandbits(40), random.randbytes(4).hex() if hasattr(random, "randbytes") else "")

rng = random.Random(7)
rolls = [rng.randint(1, 6) for _ in range(600)]
counts = {face: rolls.count(face) for face in range(1, 7)}
print(counts, sum(counts.values()))
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
b = [rng.random() for _ in range(3)]
print(a == b, a[0])


def simulate_queue(seed, customers=8):
    r = random.Random(seed)
    clock = 0.0
    waits = []
    free_at = 0.0
    for _ in range(customers):
        clock += r.expovariate(1.0)
        start = max(clock, free_at)
        service = r.uniform(0.5, 1.5)
        free_at = start + service
        waits.append(start - clock)
    return round(sum(waits) / len(waits), 6), round(max(waits), 6)


print(simulate_queue(1), simulate_queue(2), simulate_queue(1) == simulate_queue(1))
r2 = random.Random("text seed")
print(r2.random(), random.Random(3.5).random() if False else "", r2.sample(["a", "b", "c", "d"], k=2))
try:
    random.sample([1, 2], 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
walk = [0]
random.seed(99)
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk, min(walk), max(walk))
