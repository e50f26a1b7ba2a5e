import numpy as np
a = np.array([3.0, 1.0, 7.0, 7.0, 2.0])
print(np.argmax(a), np.argmin(a), a.argmax(), type(np.argmax(a)).__name__)
b = np.array([1.0, np.nan, 5.0, np.nan])
print(np.argmax(b), np.argmin(b))
c = np.array([np.nan, 1.0])
print(np.argmax(c), np.argmin(c))
print(np.argmax(np.array([-0.0, 0.0])), np.argmin(np.array([0.0, -0.0])))
print(np.argmax(np.arange(12.0).reshape(3, 4)), np.argmax(np.arange(12.0).reshape(3, 4)[:, 1]))
print(np.argmax(np.array([1, 5, 2])), np.argmax(np.array([True, False, True])))
h = np.array([0.0, 1.0, 1.0, 0.0])
print(np.where(h == 1.0, 0.75, 0.2), np.where(h == 1.0, 1, 2), np.where(h > 0, True, False))
print(np.where(h == 1.0, h * 3, -h), np.where(h == 1.0, np.arange(4), 0.5))
print(np.where(h.reshape(2, 2) > 0, 1.5, np.array([7.0, 8.0])), np.where(h[::2] > -1, 1, 0))
print(np.where(np.array([True]), 3, 4), np.where(True, 1.0, 2.0), np.where(np.zeros(0) > 1, 1.0, 2.0))
k = [0.1, 0.8, 0.1]
x = np.linspace(0, 1, 7)
for mode in ("full", "same", "valid"):
    print(mode, np.convolve(x, k, mode=mode), np.convolve(k, x, mode=mode), np.correlate(x, k, mode=mode))
print(np.convolve(np.arange(5), [1, 2]), np.convolve(x[::2], np.array([1.0, -1.0])), np.convolve([1, 2, 3], [True, False]))
print(np.convolve(x, k))
try:
    np.convolve(x, k, mode="bad")
except ValueError as e:
    print(e)
