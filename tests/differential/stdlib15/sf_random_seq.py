import random

random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(0, 50, 5) for _ in range(6)], random.randrange(10))
seq = list("abcdefghij")
print([random.choice(seq) for _ in range(8)])
print(random.choices(seq, k=5))
print(random.choices(seq[:3], weights=[10, 1, 1], k=8))
print(random.choices(seq[:4], cum_weights=[1, 2, 10, 11], k=8))
print(random.sample(seq, 4), random.sample(range(1000), 5))
print(random.sample(seq, k=3, counts=[1] * 10))
s = seq[:]
random.shuffle(s)
print(s)
print([round(random.gauss(0, 1), 12) for _ in range(4)])
print([round(random.normalvariate(10, 2), 12) for _ in range(4)])
print([random.uniform(1, 2) for _ in range(3)])
print([random.triangular(0, 10, 3) for _ in range(3)], random.triangular())
print([random.betavariate(2, 5) for _ in range(3)])
print([random.expovariate(1.5) for _ in range(3)])
print([random.getrandbits(k) for k in (1, 8, 31, 32, 33, 64, 100)])
print(random.randbytes(10))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.gammavariate(2, 3), random.gammavariate(0.5, 1))
print(random.paretovariate(3), random.weibullvariate(1, 2))

r = random.Random(42)
print(r.random(), r.randint(0, 10 ** 30), r.choice(range(100)))
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
b = [r.random() for _ in range(3)]
print(a == b, a)
r2 = random.Random("hello")
print(r2.random())
r3 = random.Random(b"bytes seed")
print(r3.random())
r4 = random.Random(-7)
print(r4.random(), random.Random(3.5).random() if False else "")
r5 = random.Random(2 ** 100 + 3)
print(r5.randrange(10 ** 20))
random.seed(0)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
hands = [sorted(deck[i::4][:5]) for i in range(4)]
print(hands)
random.seed(7)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk)
print(random.binomialvariate(10, 0.3) if hasattr(random, "binomialvariate") else "no binomialvariate")
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choices("ab", weights=[1], k=2)
except ValueError as e:
    print("ValueError:", e)
sr = random.SystemRandom()
print(0 <= sr.random() < 1)
