# 200x200 matrix products and a solve.
import numpy as np

rng = np.random.default_rng(0)
a = rng.random((200, 200))
b = rng.random((200, 200))
t = 0.0
for _ in range(50):
    c = a @ b
    t += c[0, 0]
    b = c / c.max()
x = np.linalg.solve(a + np.eye(200) * 200, np.ones(200))
print(round(t, 6), round(float(x.sum()), 9))
