# Evaluating functions on grids with meshgrid, finding minima, contour-like masks.
import numpy as np

x = np.linspace(-2, 2, 9)
y = np.linspace(-1, 1, 5)
X, Y = np.meshgrid(x, y)
print(X.shape, Y.shape)
print(X[0], Y[:, 0])
Z = (X**2 - 1) ** 2 + 2 * Y**2
print(np.round(Z, 3))
i, j = np.unravel_index(np.argmin(Z), Z.shape)
print("min at", (i, j), "x =", X[i, j], "y =", Y[i, j], "z =", Z[i, j])
mins = np.argwhere(Z == Z.min())
print("all minima:", mins.tolist())
levels = np.digitize(Z, [0.5, 1.5, 4.0])
print(levels)
print("ravel_multi_index:", np.ravel_multi_index((np.array([0, 4]), np.array([2, 8])), Z.shape))
xi, yi = np.meshgrid(np.arange(3), np.arange(2), indexing="ij")
print(xi)
print(yi)
R = np.hypot(X, Y)
theta = np.arctan2(Y, X)
print(np.round(R[2], 4))
print(np.round(np.degrees(theta[4, ::2]), 3))
inside = R < 1.2
print(np.where(inside, "o", ".").tolist()[2])
for row in inside:
    print("".join("o" if b else "." for b in row))
ox = np.outer(np.arange(1, 4), np.arange(1, 5))
print(ox)
print(np.mgrid[0:2, 0:3])
print(np.ogrid[0:3, 0:2][0].shape)
