# Cumulative products and sums: compound growth, survival curves, running min/max, and axis-wise cumulatives.
import numpy as np

rates = np.array([0.05, -0.02, 0.03, 0.07, -0.04, 0.01, 0.02, 0.06])
growth = np.cumprod(1 + rates)
print(np.round(growth, 6))
print("total return: %.6f" % (growth[-1] - 1))
print("cagr: %.6f" % (growth[-1] ** (1 / rates.size) - 1))
peak = np.maximum.accumulate(growth)
dd = growth / peak - 1
print("drawdowns:", np.round(dd, 5), "max dd %.5f" % dd.min())
print("running min:", np.round(np.minimum.accumulate(growth), 4))
logr = np.log1p(rates)
print(np.allclose(np.exp(np.cumsum(logr)), growth))
hazard = np.array([0.01, 0.02, 0.05, 0.1, 0.2, 0.4])
surv = np.cumprod(1 - hazard)
print("survival:", np.round(surv, 6))
print("pdf:", np.round(-np.diff(np.concatenate([[1.0], surv])), 6))
M = np.arange(1, 13).reshape(3, 4)
print(np.cumsum(M, axis=0), np.cumsum(M, axis=1), np.cumprod(M, axis=1), sep="\n")
print(np.cumsum(M), np.cumprod(M[0]))
print(np.add.accumulate(M, axis=1)[:, -1], M.sum(axis=1))
print(np.multiply.reduce(M, axis=0), np.add.reduce(M, axis=None))
print(np.maximum.reduce(M, axis=1), np.minimum.reduce([3, 1, 2]))
cf = np.array([-1000.0, 300.0, 400.0, 500.0, 200.0])
for r in [0.0, 0.05, 0.1, 0.15]:
    disc = (1 + r) ** -np.arange(cf.size)
    print(f"r={r:.2f} npv={np.sum(cf * disc):9.4f} payback={np.argmax(np.cumsum(cf) >= 0)}")
lo, hi = 0.0, 1.0
for _ in range(60):
    mid = (lo + hi) / 2
    npv = np.sum(cf / (1 + mid) ** np.arange(cf.size))
    lo, hi = (mid, hi) if npv > 0 else (lo, mid)
print("irr ~ %.6f" % lo)
fact = np.cumprod(np.arange(1, 21, dtype=np.int64))
print(fact[-3:], fact.dtype)
tri = np.cumsum(np.arange(1, 11))
print(tri, np.diff(tri), np.diff(tri, n=2))
x = np.cumsum(np.ones(5) * 0.1)
print(x, x[-1] == 0.5, np.isclose(x[-1], 0.5))
print(np.cumsum([True, True, False, True]), np.cumsum(np.array([1.5, np.nan, 2.0])))
print(np.cumsum(np.array([], dtype=float)), np.cumprod(np.array([[2.0]]), axis=0))
