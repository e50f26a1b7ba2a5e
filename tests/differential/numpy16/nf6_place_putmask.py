import numpy as np
h = np.arange(10)
print(np.place(h, h > 6, [0, 1]) is None, h)
print(np.putmask(h, h < 3, -h) is None, h)
f = np.arange(6.0).reshape(2, 3)
np.putmask(f, f > 2, [10.5, 20.5])
print(f)
np.place(f, f < 1, 7.9)
print(f)
g = np.arange(5)
np.place(g, [True, False, True, False, True], [1.7, -2.2])
print(g)
np.putmask(g, g > 100, [])
print(g)
for fn in [lambda: np.place(g, g > 0, []), lambda: np.place(g, [True], [1]), lambda: np.putmask(g, [True, False], 1), lambda: np.place([1, 2], [True, False], [3])]:
    try:
        fn()
        print("ok", g)
    except Exception as e:
        print(type(e).__name__, e)
b = np.array([True, False, True])
np.putmask(b, [True, True, False], 0)
print(b)
try:
    np.putmask([1, 2], [True, False], 1)
except TypeError as e:
    print(e)
