import random
from collections import Counter
from statistics import mean

rng = random.Random(2024)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(3600)]
hist = Counter(rolls)
for total in range(2, 13):
    print(f"{total:>2} {hist[total]:>4} {'*' * (hist[total] // 20)}")
print("mean", round(mean(rolls), 4), "mode", hist.most_common(1)[0][0])

deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
hand = sorted(deck[:5])
print(hand, deck[-3:], len(set(deck)))
print(rng.sample(range(100), 5), rng.sample("abcdefg", 3), rng.choice(["red", "green", "blue"]))
print(rng.choices("ABC", weights=[5, 1, 1], k=10), rng.choices(range(3), cum_weights=[1, 2, 10], k=6))
print(round(rng.random(), 12), round(rng.uniform(10, 20), 10), rng.randrange(0, 100, 5), rng.getrandbits(40))
print(round(rng.gauss(0, 1), 10), round(rng.normalvariate(100, 15), 10), round(rng.triangular(0, 10, 3), 10))
print(round(rng.expovariate(0.5), 10), round(rng.betavariate(2, 3), 10), round(rng.gammavariate(2.0, 1.5), 10))
print(round(rng.lognormvariate(0, 0.5), 10), round(rng.vonmisesvariate(1.0, 2.0), 10), round(rng.paretovariate(3), 10), round(rng.weibullvariate(1, 2), 10))
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
b = [rng.random() for _ in range(3)]
print(a == b, rng.randbytes(6).hex())

random.seed("monte carlo")
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1)
print("pi ~", inside * 4 / 20000)
random.seed(7)
walk = [0]
for _ in range(1000):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk[-1], max(walk), min(walk), sum(1 for a, b in zip(walk, walk[1:]) if a == 0))


def monty_hall(r, switch, trials=3000):
    wins = 0
    for _ in range(trials):
        doors = [0, 0, 1]
        r.shuffle(doors)
        pick = r.randrange(3)
        opened = next(i for i in range(3) if i != pick and doors[i] == 0)
        if switch:
            pick = next(i for i in range(3) if i not in (pick, opened))
        wins += doors[pick]
    return wins / trials


print("stay", monty_hall(random.Random(1), False), "switch", monty_hall(random.Random(1), True))
random.seed(12345)
print(random.randint(10 ** 20, 10 ** 21), random.getrandbits(100), random.randrange(-50, 50))
lst = list(range(10))
random.shuffle(lst)
print(lst, random.sample(sorted({3, 1, 4, 1, 5, 9}), k=2))
