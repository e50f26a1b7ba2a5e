# Monte Carlo estimates: pi, an integral, and a confidence interval.
import numpy as np

rng = np.random.default_rng(12345)
for n in (100, 1000, 10000, 100000):
    pts = rng.random((n, 2))
    inside = np.sum(pts[:, 0] ** 2 + pts[:, 1] ** 2 <= 1.0)
    est = 4.0 * inside / n
    print(f"n={n:6d} inside={inside:6d} pi~{est:.5f} err={abs(est - np.pi):.5f}")

x = rng.uniform(0.0, 2.0, size=50000)
fx = np.exp(-x**2)
integral = 2.0 * fx.mean()
se = 2.0 * fx.std(ddof=1) / np.sqrt(x.size)
print(f"integral ~ {integral:.6f} +- {1.96 * se:.6f}")
print("exact-ish 0.882081, within CI:", abs(integral - 0.882081) < 1.96 * se * 2)

np.random.seed(0)
rolls = np.random.randint(1, 7, size=(10000, 2))
totals = rolls.sum(axis=1)
freq = np.bincount(totals, minlength=13)[2:]
print("dice totals:", freq)
print("P(7) ~", freq[5] / totals.size)
print("mean total:", totals.mean())
batch = np.random.normal(size=(200, 30)).mean(axis=1)
print("batch means std:", np.round(batch.std(), 5), "expected", np.round(1 / np.sqrt(30), 5))
print("sample:", np.round(batch[:4], 4))
cnt = np.zeros(6, dtype=int)
for face in rolls[:600, 0]:
    cnt[face - 1] += 1
print("die 1 counts:", cnt, cnt.sum())
