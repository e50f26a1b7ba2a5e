# Legacy np.random helpers used in older notebooks: seeds, broadcast parameters, result types.
import numpy as np

np.random.seed(42)
print(np.random.rand(3))
np.random.seed(7)
r1 = np.random.randint(0, 1000, 4)
np.random.seed(7)
print(r1, np.random.randint(0, 1000, 4))
np.random.seed(2)
print(np.random.random(), np.random.randint(1, 7), np.random.normal())
print(np.random.randint(5, size=0), np.random.rand(0))
print(np.random.uniform(low=[0, 10], high=[1, 20]))
print(np.random.normal(loc=[0.0, 100.0], scale=[1.0, 0.0]))
print(np.random.randint(0, 2, size=(2, 3)).dtype)
print(np.random.choice(5), type(np.random.choice(5)).__name__, type(np.random.rand()).__name__)
print(type(np.random.randint(3)).__name__, type(np.random.normal()).__name__)
