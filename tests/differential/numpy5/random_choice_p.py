# choice with replace=/p=/size shapes on the legacy API and default_rng; shuffle/permutation of 2-D.
import numpy as np

np.random.seed(2024)
print(np.random.choice(5))
print(np.random.choice(5, 3))
print(np.random.choice(5, 3, replace=False))
print(np.random.choice(10, (2, 3)))
print(np.random.choice([10, 20, 30], size=4, p=[0.5, 0.3, 0.2]))
print(np.random.choice(np.array([1.5, 2.5, 3.5]), 2, replace=False))
print(np.random.choice(4, 4, replace=False, p=[0.1, 0.2, 0.3, 0.4]))
print(np.random.choice(["a", "b", "c"], 5) if False else np.random.choice(3, 5))
print(np.random.permutation(6), np.random.permutation(np.array([3.0, 1.0, 2.0])))
m = np.arange(12).reshape(4, 3)
np.random.shuffle(m)
print(m)
print(np.random.permutation(m))
print(np.random.randint(0, 10, size=(2, 4)), np.random.randint(5), np.random.randint(-3, 3, 5))
print(np.random.random((2, 2)), np.random.rand(3), np.random.randn(2, 2))
print(np.random.uniform(-1, 1, 3), np.random.normal(size=2), np.random.normal(5.0, 0.0, 2))
for bad in [lambda: np.random.choice(3, 2, p=[0.5, 0.6, 0.1]), lambda: np.random.choice(3, 4, replace=False),
            lambda: np.random.choice(0, 1), lambda: np.random.choice(3, p=[0.5, 0.5])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

rng = np.random.default_rng(7)
print(rng.choice(5), rng.choice(5, 3), rng.choice(5, 3, replace=False))
print(rng.choice(np.array([0.1, 0.2, 0.3]), size=(2, 2)))
print(rng.choice(4, 6, p=[0.1, 0.2, 0.3, 0.4]))
print(rng.choice(10, 4, replace=False, shuffle=False) if False else rng.choice(10, 4, replace=False))
print(rng.integers(0, 5, 6), rng.integers(10), rng.integers(1, 7, size=(2, 3), endpoint=True))
print(rng.random(3), rng.random((2, 2)).shape, rng.normal(0, 2, 3), rng.uniform(5, 6, 2))
print(rng.permutation(5), rng.standard_normal(2))
arr = np.arange(8)
rng.shuffle(arr)
print(arr)
# simulation: dice game with seed
rng2 = np.random.default_rng(123)
rolls = rng2.integers(1, 7, size=(1000, 2))
sums = rolls.sum(axis=1)
vals, cnts = np.unique(sums, return_counts=True)
for v, c in zip(vals, cnts):
    print(v, c, round(c / 1000, 3))
print((sums == 7).mean(), sums.mean(), sums.std().round(6))
