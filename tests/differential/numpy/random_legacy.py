import numpy as np
np.random.seed(42)
print(np.random.rand(3))
print(np.random.randn(2, 2))
print(np.random.random(2), np.random.random_sample((1, 2)))
print(np.random.randint(0, 10, size=6), np.random.randint(5, size=(2, 2)), np.random.randint(100))
print(np.random.normal(5, 2, size=3), np.random.uniform(-1, 1, 3))
print(np.random.rand(), np.random.normal())
