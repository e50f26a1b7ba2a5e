import numpy as np
rng = np.random.default_rng(3)
l = list(range(10))
rng.shuffle(l)
print(l)
l2 = ["a", "b", "c", "d"]
rng.shuffle(l2)
print(l2, rng.integers(100))
try:
    rng.shuffle(l2, axis=1)
except NotImplementedError as e:
    print(e)
