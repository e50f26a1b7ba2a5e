import numpy as np
a = np.array([-2.0, -0.0, 0.0, 0.5, np.nan, 3.0, np.inf, -np.inf, 1e-300])
print(np.clip(a, 0.0, 1.0), np.clip(a, -0.0, 0.0), np.clip(a, None, 0.5), np.clip(a, 0.5, None), np.clip(a, 2, 1))
print(np.signbit(np.clip(a, 0.0, 1.0)), np.signbit(np.clip(a, -0.0, 0.0)), np.clip(a, np.float64(0.1), np.int64(2)))
b = np.arange(12.0).reshape(3, 4) - 5
print(np.clip(b, -2, 2), np.clip(b[:, 1], 0, 3), b.clip(0, 4), np.clip(b, np.nan, 1))
print(np.clip(np.arange(6), 1, 3), np.clip(np.arange(6), 1.5, 3), np.clip(5.5, 0, 1), np.clip([1, 9], 2, 3))
out = np.empty(4); np.clip(np.array([0.1, 5.0, -1.0, 2.0]), 0, 1, out=out); print(out)
