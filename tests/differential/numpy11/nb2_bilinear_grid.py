# Bilinear interpolation on a regular grid, meshgrid indexing modes and sampling.
import numpy as np

xs = np.linspace(0.0, 4.0, 5)
ys = np.linspace(0.0, 2.0, 3)
X, Y = np.meshgrid(xs, ys)
Xi, Yi = np.meshgrid(xs, ys, indexing="ij")
print(X.shape, Xi.shape)
print(X)
print(Yi)
F = np.sin(X) + Y ** 2
print(np.round(F, 5))

def bilinear(px, py):
    fx = (px - xs[0]) / (xs[1] - xs[0])
    fy = (py - ys[0]) / (ys[1] - ys[0])
    i = np.clip(np.floor(fy).astype(int), 0, len(ys) - 2)
    j = np.clip(np.floor(fx).astype(int), 0, len(xs) - 2)
    ty, tx = fy - i, fx - j
    f00, f01 = F[i, j], F[i, j + 1]
    f10, f11 = F[i + 1, j], F[i + 1, j + 1]
    return (1 - ty) * ((1 - tx) * f00 + tx * f01) + ty * ((1 - tx) * f10 + tx * f11)

px = np.array([0.0, 0.5, 1.25, 3.9, 4.0, 2.0])
py = np.array([0.0, 0.5, 1.75, 0.1, 2.0, 1.0])
vals = bilinear(px, py)
print("interpolated:", np.round(vals, 6))
print("exact:       ", np.round(np.sin(px) + py ** 2, 6))
print("max error %.6f" % np.abs(vals - (np.sin(px) + py ** 2)).max())
gx = np.linspace(0, 4, 9)
gy = np.linspace(0, 2, 5)
GX, GY = np.meshgrid(gx, gy)
fine = bilinear(GX.ravel(), GY.ravel()).reshape(GX.shape)
print(np.round(fine, 3))
print("grid points reproduced:", np.allclose(fine[::2, ::2], F))
sx, sy = np.meshgrid(np.arange(3), np.arange(2), sparse=True)
print(sx.shape, sy.shape, (sx + 10 * sy))
ii, jj = np.mgrid[0:3, 0:4]
print(ii.sum(), jj.sum(), np.ogrid[0:2, 0:3][1])
print(np.interp(2.5, xs, np.sin(xs)), np.interp([0.5, 3.5], xs, xs ** 2))
