# np.convolve / np.correlate in every mode with short and long operands.
import numpy as np

x = np.array([0.5, -1.25, 2.0, 3.5, -0.75, 1.0, 0.1])
k3 = np.array([0.1, 0.8, 0.1])
for mode in ["full", "same", "valid"]:
    print(mode, np.convolve(x, k3, mode=mode))
    print(mode, np.convolve(k3, x, mode=mode))
    print(mode, np.correlate(x, k3, mode=mode))
    print(mode, np.correlate(k3, x, mode=mode))
    print(mode, np.convolve(x, [2.0], mode=mode), np.convolve([3.0], [4.0], mode=mode))
    print(mode, np.convolve(x, x[::-1], mode=mode))
    print(mode, np.convolve(x[::2], k3[:2], mode=mode))
print(np.convolve(x, k3))
print(np.convolve([1, 2, 3], [0, 1, 0.5]))
i = np.convolve(np.arange(5), np.array([1, -1]))
print(i, i.dtype)
bb = np.convolve(np.array([True, False, True]), np.array([True, True]))
print(bb, bb.dtype)
print(np.convolve(np.array([-0.0, 0.0]), np.array([1.0, -0.0])))
print(np.convolve(np.array([1.0, np.nan, 2.0]), k3))
print(np.convolve(np.array([1.0, np.inf, 2.0]), k3, mode="same"))
n = 50
long = np.sin(np.arange(n) * 0.37)
print(np.convolve(long, k3, mode="valid")[:5], np.convolve(long, k3, mode="valid").shape)
print(np.convolve(long, long[:9], mode="same")[-4:])
print(np.correlate(long, long[3:20], mode="full")[:4])
c = np.convolve(np.concatenate((long[-1:], long, long[:1])), k3, mode="valid")[:n]
print(c.shape, float(np.max(np.abs(c))), float(np.sum(c)))
for bad in [(np.array([]), k3), (x, np.array([]))]:
    try:
        np.convolve(*bad)
    except ValueError as ex:
        print("ValueError", ex)
try:
    np.convolve(x, k3, mode="bogus")
except ValueError as ex:
    print("ValueError", ex)
