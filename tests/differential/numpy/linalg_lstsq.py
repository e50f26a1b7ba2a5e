import numpy as np
x = np.array([0.0, 1.0, 2.0, 3.0])
y = np.array([-1.0, 0.2, 0.9, 2.1])
A = np.vstack([x, np.ones(len(x))]).T
m, c = np.linalg.lstsq(A, y, rcond=None)[0]
print(round(m, 10), round(c, 10))
sol, res, rank, sv = np.linalg.lstsq(A, y, rcond=None)
print(np.round(sol, 8), np.round(res, 8), rank)
