# sort / argsort / unique on the sizes where the implementation changes (the comparator below
# 64 elements, a radix sort above), with NaN, infinities, repeated values and zeros.
import numpy as np

rng = np.random.default_rng(11)
for n in [0, 1, 2, 7, 63, 64, 65, 1000, 30000]:
    a = rng.normal(size=n) * 100
    if n > 5:
        a[1::9] = np.round(a[1::9])
        a[4::10] = np.nan
        a[5::21] = np.inf
        a[6::23] = -np.inf
        a[7::8] = 3.0
        a[2::31] = 0.0
    s = np.sort(a)
    i = np.argsort(a, kind="stable")
    assert np.array_equal(a[i], s, equal_nan=True)
    print(n, s[:4], s[-4:], i[:6], i[-6:], int((i * (np.arange(n) % 97)).sum()))
    u, first, inv, cnt = np.unique(a, return_index=True, return_inverse=True, return_counts=True)
    print(" unique", len(u), u[:4], first[:4], cnt[:4], int(inv.sum()), int(cnt.sum()), np.array_equal(u[inv], a, equal_nan=True))
    print(" plain", np.array_equal(np.unique(a), u, equal_nan=True), np.unique(a, return_counts=True)[1][-3:])
k = rng.integers(-50, 50, size=20000)
ks = np.sort(k)
print(ks[:5], ks[-5:], np.argsort(k, kind="stable")[:8], np.argsort(-k, kind="stable")[:8])
u, c = np.unique(k, return_counts=True)
print(len(u), u[:5], c[:5], c.sum())
m = rng.integers(0, 9, size=(6, 50))
print(np.sort(m, axis=1)[:, :10], np.sort(m, axis=0)[:, :6], np.argsort(m, axis=1, kind="stable")[:2, :12])
u, inv = np.unique(m, return_inverse=True)
print(u, inv.shape, inv[:2, :10])
b = rng.random(500) < 0.3
print(np.sort(b)[-5:], np.argsort(b, kind="stable")[-5:], np.unique(b, return_counts=True))
print(np.sort(np.array([2.5, -1.0, 2.5, np.nan, -np.inf, 7.0])), np.sort(np.array([[3, 1, 2], [9, 8, 7]]), axis=None))
print(np.union1d([3.0, 1.0, np.nan], [2.0, 1.0]), np.intersect1d([5, 1, 3, 3], [3, 5, 7]), np.setdiff1d([4, 1, 2, 2], [2]))
words = rng.integers(0, 1000, size=5000) * 1.5
print(np.median(words), np.percentile(words, [10, 50, 90]), np.sort(words)[::1000])
