import numpy as np
x = np.linspace(0, 1, 11)
y = 3 * x + 0.5 + 0.01 * np.sin(20 * x)
A = np.column_stack([x, np.ones_like(x)])
coef = np.linalg.solve(A.T @ A, A.T @ y)
print(np.round(coef, 8))
resid = y - A @ coef
print(np.round((resid ** 2).sum(), 12), np.round(np.abs(resid).max(), 10))
print(np.round(np.polyfit(x, y, 1), 8))
