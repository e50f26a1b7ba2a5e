import numpy as np
np.random.seed(1)
pts = np.random.rand(10000, 2)
inside = (pts ** 2).sum(axis=1) <= 1.0
print(inside.sum(), 4 * inside.mean())
walk = np.cumsum(np.random.choice([-1, 1], size=1000))
print(walk[-1], walk.max(), walk.min(), np.abs(walk).argmax())
