# Notebook: an ASCII map from a 2-D grid with np.where and joined rows.
import numpy as np

y, x = np.mgrid[0:6, 0:12]
inside = (x - 5.5) ** 2 / 30 + (y - 2.5) ** 2 / 6 < 1
chars = np.where(inside, "#", ".")
print(chars.shape, chars.dtype)
for row in chars:
    print("".join(row))
edges = np.where(inside & ~np.roll(inside, 1, axis=1), "<", chars)
print(edges[2])
print(np.count_nonzero(chars == "#"))
print(chars[:2])
