"""random: every function's sequence under a seed must equal CPython's exactly."""
import random

random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(-5, 5) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(6)], random.randrange(10), random.randrange(3, 9))
print([random.choice("abcdefg") for _ in range(8)])
print(random.choices(range(10), k=6))
print(random.choices("abc", weights=[10, 1, 1], k=8))
print(random.choices("abc", cum_weights=[1, 2, 10], k=8))
print(random.sample(range(100), 7), random.sample(["x", "y", "z", "w"], k=4))
print(random.sample(range(10), counts=None, k=3))
print(random.sample(["red", "blue"], counts=[3, 2], k=4))
lst = list(range(12))
random.shuffle(lst)
print(lst)
print([round(random.gauss(0, 1), 12) for _ in range(4)])
print([round(random.normalvariate(10, 2), 12) for _ in range(4)])
print([random.uniform(1, 2) for _ in range(3)])
print([random.triangular(0, 10, 8) for _ in range(3)], random.triangular())
print([random.betavariate(2, 5) for _ in range(3)])
print([random.expovariate(1.5) for _ in range(3)])
print([random.gammavariate(0.5, 2) for _ in range(2)], [random.gammavariate(3, 1) for _ in range(2)], random.gammavariate(1, 1))
print([random.lognormvariate(0, 0.5) for _ in range(2)])
print([random.vonmisesvariate(1, 4) for _ in range(2)], random.vonmisesvariate(0, 0))
print([random.paretovariate(3) for _ in range(2)], [random.weibullvariate(1, 1.5) for _ in range(2)])
print([random.getrandbits(k) for k in (1, 8, 31, 32, 33, 64, 100)])
print(random.randbytes(10).hex(), random.randbytes(0))
print(random.randrange(10**30), random.randint(0, 2**70))

state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])

for seed in [0, 1, -1, 2**40, 3.5, "hello", b"hello", bytearray(b"x"), None]:
    random.seed(seed)
    if seed is None:
        print("None seed ok", 0 <= random.random() < 1)
    else:
        print(repr(seed), random.random(), random.randint(1, 6))
random.seed("hello", version=1)
print(random.random())

r1 = random.Random(99)
r2 = random.Random()
r2.seed(99)
print(r1.random() == r2.random(), r1.choice([1, 2, 3]), r2.sample(range(5), 2))
class MyRandom(random.Random):
    pass
m = MyRandom(7)
print(m.randint(1, 100), type(m).__name__)

errs = [
    lambda: random.choice([]),
    lambda: random.randrange(0),
    lambda: random.randrange(5, 5),
    lambda: random.randrange(1, 10, 0),
    lambda: random.randint(5, 1),
    lambda: random.sample(range(3), 5),
    lambda: random.sample(range(3), -1),
    lambda: random.choices("ab", weights=[1], k=2),
    lambda: random.choices("ab", weights=[0, 0]),
    lambda: random.getrandbits(-1),
    lambda: random.sample({1, 2}, 1),
    lambda: random.randrange(1.5),
    lambda: random.choices("ab", weights=[1, 1], cum_weights=[1, 2]),
]
for f in errs:
    try:
        print("no error", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

random.seed(2024)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for h in hands:
    print(" ".join(h))
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk)
print(sorted(random.sample(range(1, 50), 6)))
print(round(sum(random.random() for _ in range(1000)), 10))
print(random.binomialvariate if hasattr(random, "binomialvariate") else "no binomialvariate in 3.11")
