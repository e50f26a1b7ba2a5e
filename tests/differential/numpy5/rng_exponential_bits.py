# default_rng exponentials, printed in full (repr and hex): catches a last-bit difference
# in the exponential ziggurat tables.
import numpy as np

for seed in (0, 7, 2024):
    rng = np.random.default_rng(seed)
    xs = rng.standard_exponential(400)
    print(seed, [float(v).hex() for v in xs[:8]])
    print(" ".join(repr(float(v)) for v in xs))
    ys = rng.exponential(2.5, 300)
    print(" ".join(repr(float(v)) for v in ys))
    print(repr(float(xs.sum())), repr(float(ys.max())))
