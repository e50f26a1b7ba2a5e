# default_rng edge cases: integers(endpoint=), choice(shuffle=, axis=), array-valued normal/uniform.
import numpy as np

rng = np.random.default_rng(1234)
print(rng.integers(10, size=5))
print(rng.integers(1, 6, size=5, endpoint=True))
print(rng.integers(0, 1, size=4, endpoint=True))
print(rng.integers(-5, 5, size=(2, 3)))
print(repr(rng.integers(100)))
print(rng.integers([0, 10, 100], [5, 20, 1000]))
print(rng.integers(0, [2, 3, 4], endpoint=True))

print("choice")
print(rng.choice(10, 4))
print(rng.choice(10, 4, replace=False))
print(rng.choice(10, 4, replace=False, shuffle=True))
print(rng.choice([1.0, 2.0, 3.0], size=(2, 2), p=[0.2, 0.3, 0.5]))
grid = np.arange(12).reshape(4, 3)
print(rng.choice(grid, 2))
print(rng.choice(grid, 2, axis=1))
print(rng.choice(grid, 3, replace=False, axis=0))
print(repr(rng.choice(5)))

print("normal/uniform with arrays")
print(np.round(rng.normal([0.0, 10.0, 100.0], 1.0), 6))
print(np.round(rng.normal(0.0, [0.1, 1.0, 10.0], size=(2, 3)), 6))
print(np.round(rng.uniform([0, 5], [1, 6], size=(3, 2)), 6))
print(np.round(rng.uniform(-1, 1, 4), 6))
print(np.round(rng.standard_normal((2, 2)), 6))
print(np.round(rng.random(3), 6))
print(np.round(rng.exponential([1.0, 2.0, 3.0]), 6))

print("permutation and shuffle along an axis")
print(rng.permutation(5))
m = np.arange(12).reshape(3, 4)
print(rng.permutation(m, axis=1))
rng.shuffle(m)
print(m)
rng.shuffle(m, axis=1)
print(m)

print("errors")
for f, a, kw in [(rng.integers, (5, 1), {}), (rng.choice, (3, 5), {"replace": False}),
                 (rng.choice, (3,), {"p": [0.5, 0.6, 0.1]}), (rng.choice, (grid, 1), {"axis": -3}),
                 (rng.normal, (0, -1), {}), (rng.integers, (0, 0), {})]:
    try:
        print(f(*a, **kw))
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
