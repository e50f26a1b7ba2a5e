# Legacy np.random simulations after seed: dice, random walks, Monte Carlo pi, bootstrap.
import numpy as np

np.random.seed(2023)
rolls = np.random.randint(1, 7, size=(1000, 2))
sums = rolls.sum(axis=1)
vals, counts = np.unique(sums, return_counts=True)
print(vals)
print(counts)
print("P(7)", counts[vals == 7][0] / 1000)
print("doubles", np.mean(rolls[:, 0] == rolls[:, 1]))

steps = np.random.choice([-1, 1], size=(5, 50))
walks = np.cumsum(steps, axis=1)
print(walks[:, -1])
print(walks.max(axis=1), walks.min(axis=1))
print("first crossing of +5", [int(np.argmax(w >= 5)) if (w >= 5).any() else -1 for w in walks])

pts = np.random.rand(2000, 2)
inside = (pts ** 2).sum(axis=1) <= 1.0
print("pi ~", 4 * inside.mean())

u = np.random.uniform(-1, 1, 5)
print(u)
nrm = np.random.normal(5, 2, size=(2, 3))
print(nrm)
print(np.random.randn(3))
print(np.random.random(2), np.random.random_sample(2))
print(np.random.rand())
print(np.random.exponential(2.0, size=4))
print(np.random.poisson(4.0, size=6))
print(np.random.binomial(10, 0.5, size=6))
a = np.arange(10)
np.random.shuffle(a)
print(a)
print(np.random.permutation(6))
print(np.random.choice(5, 3, replace=False))
print(np.random.choice(np.array([0.1, 0.2, 0.7]), size=4, p=[0.2, 0.3, 0.5]))

# Gambler's ruin
np.random.seed(5)
ruined = 0
lengths = []
for trial in range(200):
    money = 5
    t = 0
    while 0 < money < 10:
        money += 1 if np.random.rand() < 0.48 else -1
        t += 1
    ruined += money == 0
    lengths.append(t)
print("ruin rate", ruined / 200, "mean length", np.mean(lengths), "max", max(lengths))

np.random.seed(0)
data = np.random.normal(0, 1, 500)
print(np.round(np.percentile(data, [5, 50, 95]), 6))
print(np.histogram(data, bins=[-3, -1, 0, 1, 3])[0])
print(data.mean(), data.std(), data.min(), data.max())
