# Random simulations with seeds: walks, Monte Carlo estimates, bootstrap, using both random APIs.
import numpy as np

np.random.seed(99)
steps = np.random.choice([-1, 1], size=(5, 50))
walks = np.cumsum(steps, axis=1)
print(walks[:, -1], walks.max(axis=1), walks.min(axis=1), (walks == 0).sum(axis=1))
first_hit = np.argmax(np.abs(walks) >= 5, axis=1)
print(first_hit, np.abs(walks).max(axis=1) >= 5)
pts = np.random.random((2000, 2))
inside = (pts ** 2).sum(axis=1) <= 1.0
print("pi ~", 4 * inside.mean(), inside.sum())
rng = np.random.default_rng(2023)
data = rng.normal(10, 3, 60)
print(data[:4], data.mean().round(10), data.std(ddof=1).round(10))
boot = np.array([rng.choice(data, size=data.size, replace=True).mean() for _ in range(200)])
print(boot.mean().round(6), np.percentile(boot, [2.5, 97.5]).round(6), boot.std().round(6))
u = rng.uniform(0, 1, (3, 4))
print(u.round(6), u.argmax(), u.max(axis=0).round(6))
ints = rng.integers(0, 6, size=20)
print(ints, np.bincount(ints, minlength=6))
exps = -np.log(1 - rng.random(5)) / 2.0
print(exps.round(8))
np.random.seed(5)
gauss = np.random.normal(loc=[0.0, 10.0], scale=[1.0, 0.1], size=(3, 2))
print(gauss)
print(np.random.uniform(low=[0, 5], high=[1, 6]), np.random.randint(1, 100, 3))
perm = np.random.permutation(10)
print(perm, np.sort(perm).tolist() == list(range(10)))
deck = np.arange(52)
np.random.shuffle(deck)
hand = deck[:5]
print(hand, hand // 13, hand % 13)
queue = 0.0
waits = []
arrivals = np.random.exponential(1.0, 30)
service = np.random.exponential(0.8, 30)
for a_, s_ in zip(arrivals, service):
    queue = max(0.0, queue - a_) + s_
    waits.append(queue)
waits = np.array(waits)
print(waits.mean().round(6), waits.max().round(6), (waits > 2).sum())
print(np.random.binomial(10, 0.3, 8), np.random.poisson(3.0, 8))
rng3 = np.random.default_rng(0)
print(rng3.normal(size=(2, 2)), rng3.exponential(2.0, 3), rng3.poisson(4, 4) if hasattr(rng3, "poisson") else 0)
