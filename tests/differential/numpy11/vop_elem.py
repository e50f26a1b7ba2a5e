# isnan/isfinite, clip, round, np.maximum/np.minimum and np.where fast paths: NaN, inf, -0.0,
# ties, empty and non-contiguous arrays, int and bool dtypes, results reusing dead temporaries.
import numpy as np

v = np.array([np.nan, np.inf, -np.inf, -0.0, 0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 1e300, -1e-300, 3.0, -7.25,
              4503599627370495.5, -4503599627370497.0, 0.125, 5e-324])
w = np.concatenate([v, v[::-1] * 3.0, v * -0.5, v + 1.0])  # 72 elements: word loops and tails
for a in [v, w, w[::3], w[1:], w.reshape(8, 9), w.reshape(8, 9).T, v[:0], v[2:3]]:
    print(np.isnan(a), np.isfinite(a), np.isnan(a).sum(), np.isfinite(a).sum())
    print(np.clip(a, -1.0, 2.0), np.clip(a, 0.0, 0.0), np.clip(a, -0.0, 1e400))
    print(np.round(a), np.round(a, 2), np.round(a, -1), np.around(a, 3), a.round(1))
    b = a[::-1].copy()
    print(np.maximum(a, b), np.minimum(a, b), np.maximum(b, a), np.minimum(b, a))
    print(np.maximum(a * 1.0, b), np.minimum(a - 0.0, b + 0.0), np.maximum(a, a))
    m = np.isnan(a) | (a > 0)
    print(np.where(m, a, b), np.where(m, 1.0, b), np.where(m, a, -0.0), np.where(m, 2.0, -0.0))
z = np.array([0.0, -0.0, 0.0, -0.0])
print(np.maximum(z, z[::-1]), np.minimum(z, z[::-1]), np.maximum(-z, z), np.minimum(z, -z))
i = np.array([3, -1, 0, 7, -4503599627370497, 4, 4, 2] * 10, dtype=np.int64)
j = i[::-1].copy()
print(np.maximum(i, j), np.minimum(i, j), np.maximum(i, j).dtype, np.isnan(i).any(), np.isfinite(i).all())
print(np.where(i > 2, i, j), np.where(i > 2, i, 0.5), np.where(i > 2, True, i), np.clip(i, -1, 3), np.round(i, -1))
bo = i > 2
print(np.where(bo, bo, ~bo), np.maximum(bo, ~bo), np.isnan(bo), np.where(bo, i, 1.5)[:5])
print(np.round(np.array([0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 2.675, 1.005]), 2))
print(np.round(np.array([[1.25, -1.35], [np.nan, -0.04]]), 1), np.round(np.array([15.0, 25.0, -35.0]), -1))
print(np.clip(np.array([1.0, 5.0, np.nan]), 3.0, 2.0), np.clip(np.array([-0.0, 0.0]), 0.0, 1.0))
print(np.maximum(np.array([np.nan, 1.0, np.nan]), np.array([2.0, np.nan, np.nan])))
print(np.minimum(np.array([np.nan, 1.0, -np.inf]), np.array([2.0, np.nan, np.inf])))
