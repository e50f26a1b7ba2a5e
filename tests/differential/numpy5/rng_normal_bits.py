# default_rng normals, printed in full (repr and hex): catches a last-bit difference in the
# normal ziggurat tables (every layer is hit many times).
import numpy as np

for seed in (0, 1, 42, 12345):
    rng = np.random.default_rng(seed)
    xs = rng.standard_normal(1500)
    print(seed, [float(v).hex() for v in xs[:8]])
    print(" ".join(repr(float(v)) for v in xs))
    ys = rng.normal(3.0, 0.5, 500)
    print(" ".join(repr(float(v)) for v in ys))
    print(repr(float(xs.sum())), repr(float(ys.mean())))
