import random
from random import randint, choice

random.seed(42)
print([random.random() for _ in range(3)])
print([randint(1, 100) for _ in range(10)])
print(choice("abcdef"), random.choice([1, 2, 3]), random.randrange(0, 100, 5))
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], k=2))
print(random.choices(["x", "y", "z"], weights=[5, 1, 1], k=10))
print(random.uniform(1, 2), random.gauss(0, 1), random.normalvariate(10, 2), random.expovariate(2))
print(random.triangular(0, 10, 3), random.betavariate(2, 3), random.gammavariate(2.5, 1), random.lognormvariate(0, 0.5))
print(random.vonmisesvariate(0, 1), random.paretovariate(2), random.weibullvariate(1, 2), random.getrandbits(70))
r = random.Random(12345)
print(r.random(), r.randint(1, 6), r.choice(range(10)))
random.seed("hello world")
print(random.random(), random.randint(0, 10**20))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])


class MyRandom(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0

    def random(self):
        self.calls += 1
        return super().random()


m = MyRandom(7)
print(m.random(), m.randrange(1000), m.calls)
walk = 0
for _ in range(10000):
    walk += random.choice([-1, 1])
print(walk)
try:
    random.randrange(0)
except ValueError as e:
    print("ValueError:", e)
