# Printing arrays of many shapes the way notebook cells show them: 3-D, column vectors, wide rows, mixed magnitudes.
import numpy as np

cube = np.arange(24).reshape(2, 3, 4)
print(cube)
print(repr(cube * 0.5))
print(cube[:, :, 0], cube[0, :, None], sep="\n")
col = np.linspace(0, 1, 4)[:, None]
print(col, repr(col), col.T, sep="\n")
wide = np.arange(40) * 1.1
print(wide)
print(repr(wide[:25]))
mixed = np.array([[1e-4, 250.0, -3.5], [7.0, 1e5, 0.0]])
print(mixed)
print(np.round(mixed, 1))
print(mixed.astype(int))
big = np.array([1.5e9, 2.25e10, -3e8])
print(big, big / 1e9)
small = np.array([1.2e-7, 3.4e-9, 5.0e-8])
print(small, small * 1e9)
neg = -np.arange(1, 7).reshape(2, 3) / 3
print(neg)
print(np.round(neg, 2), np.round(neg, 0), np.floor(neg), sep="\n")
print(np.zeros((2, 2, 2)), np.ones((1, 1, 3), dtype=int), sep="\n")
print(np.empty((0, 3)).shape, repr(np.zeros((2, 0, 3))), np.array([[]]))
print(np.full((2, 3), np.nan), np.full(3, np.inf), np.array([np.nan, -np.inf, 1.0, -0.0]))
print(np.arange(12).reshape(3, 4) > 5)
print(repr(np.arange(6).reshape(2, 3) % 2 == 0))
with np.printoptions(precision=2, floatmode="fixed"):
    print(mixed, np.array([1.0, 2.0]))
with np.printoptions(suppress=True, precision=3):
    print(small, big, mixed)
with np.printoptions(threshold=5):
    print(np.arange(10), np.arange(10.0).reshape(2, 5), cube)
with np.printoptions(linewidth=30):
    print(np.arange(15) * 100)
with np.printoptions(sign="+", precision=3):
    print(neg, np.array([0.0, 1.0]))
stats = np.array([[np.mean(wide), np.std(wide)], [np.min(wide), np.max(wide)]])
print(stats)
print("summary:", np.array2string(stats, precision=3, separator=", ", suppress_small=True))
print(np.array2string(cube[0], separator=" | "))
print(np.array_repr(np.array([1e-12, 1.0])), np.array_str(np.array([1e-12, 1.0]), suppress_small=True))
print(f"{stats}")
print(str(np.float64(1e-5)), str(np.float64(123456789.123)), str(np.float64(1e22)), repr(np.float64(0.1) * 3))
print([np.round(x, 3) for x in wide[:3]], np.round(wide[:3], 3).tolist())
