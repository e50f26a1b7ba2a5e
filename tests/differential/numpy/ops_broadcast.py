import numpy as np
a = np.arange(6).reshape(2, 3)
print(a + np.array([10, 20, 30]))
print(a * np.array([[1], [2]]))
print(np.arange(3)[:, None] + np.arange(4))
print(np.ones((2, 1, 3)) + np.zeros((4, 1)))
for s1, s2 in [((3,), (4,)), ((2, 3), (3, 2)), ((2, 3), (2,))]:
    try:
        np.ones(s1) + np.ones(s2)
    except ValueError as e:
        print("ValueError:", e)
