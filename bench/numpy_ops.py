# Single vectorized NumPy operations on 10**5 and 10**6 float64 elements (issue #3's "within
# 1.5x of NumPy" target): each result feeds a checksum through a reduction, so the output is
# checkable. Elementwise arithmetic, ufuncs, comparisons, where/clip/maximum/round, reductions
# (sum/mean/std/max/argmax), cumsum, dot, sort.
import numpy as np


def ops(a, b, m, reps):
    s = 0.0
    for _ in range(reps):
        c = a + b
        d = c * 2.0
        e = d / b
        f = np.sqrt(e)
        s += float(f.sum())
        g = np.exp(a)
        h = np.log(b)
        s += float(g.max()) + float(h.mean())
        k = a > 0.5
        s += float(k.sum()) + float(np.isnan(a).sum())
        w = np.where(m, a, b)
        cl = np.clip(a, 0.2, 0.8)
        s += float(w.mean()) + float(cl.std())
        mx = np.maximum(a, b)
        r = np.round(a, 2)
        s += float(mx.max()) + float(r.sum())
        cs = np.cumsum(a)
        s += float(cs.max()) + float(a.argmax()) + float(a.min())
        s += float(np.dot(a, b)) + float(np.abs(a - 0.5).mean())
    return s


rng = np.random.default_rng(7)
total = 0.0
for n, reps in ((100_000, 60), (1_000_000, 12)):
    a = rng.random(n)
    b = rng.random(n) + 0.5
    m = a > 0.5
    total += ops(a, b, m, reps)
    srt = np.sort(a)
    total += float(srt[n // 3]) + float(a.std()) + float(a.var())
print(round(total, 3))
