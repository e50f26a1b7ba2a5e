import numpy as np
print(np.diag([1, 2, 3]), np.diag(np.array([1.5, 2]), k=1))
m = np.arange(9).reshape(3, 3)
print(np.diag(m), np.diag(m, k=1), np.diag(m, -1), m.diagonal())
print(np.trace(m), m.trace(), np.trace(np.eye(4)))
