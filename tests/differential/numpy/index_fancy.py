import numpy as np
a = np.arange(10) * 10
print(a[[1, 3, 5]], a[np.array([0, -1])], a[[2, 2, 2]])
m = np.arange(12).reshape(3, 4)
print(m[[0, 2]], m[[0, 2], [1, 3]], m[:, [0, 3]], m[[2, 0], 1:3])
print(m[np.array([[0, 1], [2, 0]])].shape)
a[[0, 1]] = [-1, -2]
print(a)
m[[0, 1], [0, 1]] = 100
print(m)
m[:, [3]] = 7
print(m)
try:
    a[[20]]
except IndexError as e:
    print("IndexError:", e)
