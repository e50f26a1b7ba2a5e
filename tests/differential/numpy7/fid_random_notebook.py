# A seeded simulation notebook: bootstrap confidence interval and a train/test split.
import numpy as np

rng = np.random.default_rng(99)
data = rng.normal(50.0, 8.0, size=200)
print("mean %.4f std %.4f" % (data.mean(), data.std(ddof=1)))
boots = np.empty(300)
for i in range(300):
    sample = rng.choice(data, size=data.size, replace=True)
    boots[i] = sample.mean()
lo, hi = np.percentile(boots, [2.5, 97.5])
print("95%% CI [%.4f, %.4f]" % (lo, hi))
idx = rng.permutation(data.size)
train, test = data[idx[:150]], data[idx[150:]]
print(train.shape, test.shape, round(float(train.mean() - test.mean()), 6))
X = rng.uniform(-2, 2, size=(100, 2))
y = (X[:, 0] * 1.5 - X[:, 1] > 0).astype(int)
print(y[:20], y.sum())
w = rng.standard_normal(2)
print(w)
np.random.seed(5)
coins = np.random.randint(0, 2, size=(5, 10))
print(coins)
print(coins.sum(axis=1), coins.mean(axis=0))
streaks = [int(np.max(np.diff(np.flatnonzero(np.diff(np.concatenate([[-1], row, [-1]])) != 0)))) for row in coins]
print(streaks)
walk = np.cumsum(np.random.choice([-1, 1], size=30))
print(walk)
print(walk.min(), walk.max(), np.argmax(walk), np.argmin(walk))
deck = np.arange(52)
np.random.shuffle(deck)
print(deck[:5], np.sort(deck[:5]))
