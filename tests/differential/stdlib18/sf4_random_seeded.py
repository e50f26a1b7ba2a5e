"""random: seeded sequences of every kind - choices with cum_weights, str/bytes seeds, gauss, shuffle, sample."""
import random

r = random.Random(2024)
print([r.random() for _ in range(3)])
print(r.randint(1, 6), r.randrange(0, 100, 7), r.randrange(10), r.getrandbits(40), r.uniform(-1, 1))
print(r.choices("abcde", k=6), r.choices("xyz", weights=[10, 1, 1], k=5), r.choices(range(4), cum_weights=[1, 2, 10, 11], k=6))
try:
    r.choices("ab", weights=[1], k=2)
except ValueError as e:
    print("ValueError", e)
try:
    r.choices("ab", weights=[1, 1], cum_weights=[1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    r.choices("ab", weights=[0, 0])
except ValueError as e:
    print("ValueError", e)
for seed in ["hello", b"hello", bytearray(b"hi"), 0, -5, 2 ** 100, 3.5]:
    rr = random.Random(seed)
    print(repr(seed), rr.random(), rr.randint(0, 1000))
print([round(r.gauss(0, 1), 12) for _ in range(4)])
print([round(r.normalvariate(10, 2), 12) for _ in range(4)])
print(round(r.lognormvariate(0, 0.5), 12), round(r.expovariate(2.0), 12), round(r.betavariate(2, 3), 12), round(r.gammavariate(2.5, 1), 12))
print(round(r.triangular(0, 10, 3), 12), round(r.vonmisesvariate(1, 2), 12), round(r.paretovariate(3), 12), round(r.weibullvariate(1, 1.5), 12))
deck = list(range(10))
r.shuffle(deck)
print(deck)
print(r.sample(range(100), 5), r.sample("abcdefgh", k=3), r.sample(["x", "y", "z"], counts=[3, 1, 2], k=4))
try:
    r.sample([1, 2], 3)
except ValueError as e:
    print("ValueError", e)
try:
    r.sample({1, 2}, 1)
except TypeError as e:
    print("TypeError", e)
print(r.choice("qwerty"), r.choice([[1], [2]]), r.randbytes(5))
try:
    r.choice([])
except IndexError as e:
    print("IndexError", e)
try:
    r.randrange(5, 5)
except ValueError as e:
    print("ValueError", e)
try:
    r.randint(3, 1)
except ValueError as e:
    print("ValueError", e)
state = r.getstate()
x1 = [r.random() for _ in range(2)]
r.setstate(state)
print(x1 == [r.random() for _ in range(2)])
random.seed(7)
print(random.random(), random.randint(0, 9), random.choice("abc"))
random.seed("7")
print(random.random())
a, b = random.Random(11), random.Random(11)
a.random()
b.random()
print(a.random() == b.random(), random.Random(1).randrange(-10, 10, 3), random.Random(3).binomialvariate(10, 0.5) if hasattr(random.Random, "binomialvariate") else "no binomialvariate")
sr = random.SystemRandom()
print(0 <= sr.random() < 1, len(sr.randbytes(3)))


class MyRandom(random.Random):
    def random(self):
        return 0.5


m = MyRandom(1)
print(m.random(), m.choice("abcd"), m.uniform(0, 10))
