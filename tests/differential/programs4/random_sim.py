import random
import statistics
from collections import Counter

random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 50, 5), random.uniform(1.5, 2.5))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.sample(range(100), 6), random.choice("abcdef"), random.choices("xyz", weights=[5, 1, 1], k=8))
print(round(random.gauss(0, 1), 10), round(random.normalvariate(10, 2), 10), round(random.expovariate(1.5), 10))
print(random.getrandbits(40), round(random.triangular(0, 10, 3), 10), round(random.betavariate(2, 3), 10))

rng = random.Random("seed-string")
print(rng.randint(0, 10 ** 12), rng.random())
rng2 = random.Random(7)
state = rng2.getstate()
first = [rng2.random() for _ in range(3)]
rng2.setstate(state)
print(first == [rng2.random() for _ in range(3)])


def monte_carlo_pi(n, r):
    inside = sum(1 for _ in range(n) if r.random() ** 2 + r.random() ** 2 <= 1)
    return 4 * inside / n


print(monte_carlo_pi(20000, random.Random(1)))

r = random.Random(99)
rolls = [r.randint(1, 6) + r.randint(1, 6) for _ in range(3000)]
hist = Counter(rolls)
for total in range(2, 13):
    print(f"{total:>2} {'#' * (hist[total] // 20)} {hist[total]}")
print(statistics.mean(rolls), statistics.median(rolls), statistics.mode(rolls))
print(statistics.quantiles(rolls, n=4), round(statistics.variance(rolls), 6))


class Walker:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.pos = [0, 0]
        self.visited = {(0, 0)}

    def step(self):
        dx, dy = self.r.choice([(0, 1), (1, 0), (0, -1), (-1, 0)])
        self.pos[0] += dx
        self.pos[1] += dy
        self.visited.add(tuple(self.pos))


w = Walker(2024)
for _ in range(500):
    w.step()
print(w.pos, len(w.visited))
items = list(range(10))
random.Random(5).shuffle(items)
print(items, random.Random(5).sample(items, k=3), random.Random(3).choices(items, cum_weights=range(1, 11), k=4))
print(random.Random(0).randbytes(6).hex(), random.Random(1.5).random(), random.Random(-3).random())
