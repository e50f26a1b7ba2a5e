import numpy as np
a = np.array([[4.0, 7.0], [2.0, 6.0]])
print(np.linalg.inv(a))
print(np.linalg.det(a), np.linalg.det(np.eye(3)), np.linalg.det(np.array([[1, 2], [3, 4]])))
print(np.linalg.solve(a, np.array([1.0, 2.0])))
print(np.linalg.solve(a, np.eye(2)))
print(np.linalg.norm(np.array([3.0, 4.0])), np.linalg.norm(a), np.linalg.norm(np.array([1, -2, 3]), 1), np.linalg.norm(np.array([1, -5]), np.inf))
print(np.allclose(a @ np.linalg.inv(a), np.eye(2)))
try:
    np.linalg.inv(np.array([[1.0, 2.0], [2.0, 4.0]]))
except np.linalg.LinAlgError as e:
    print("LinAlgError:", e)
