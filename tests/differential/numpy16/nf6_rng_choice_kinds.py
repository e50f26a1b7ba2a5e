import numpy as np
rng = np.random.default_rng(2024)
print(rng.choice(["a", "b", "c"], size=6, p=[0.5, 0.3, 0.2]))
print(rng.choice(np.array([1, 2, 3], dtype=np.int8), size=4))
print(rng.choice(np.array([1.5, 2.5], dtype=np.float32), size=(2, 2)))
print(rng.choice(np.array(["x", "yy"]), size=3, replace=True))
np.random.seed(0)
print(np.random.choice(["u", "v"], 3))
print(rng.choice(np.array([1, 2, 3]), 2), rng.choice([True, False], 3))
