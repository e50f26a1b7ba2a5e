# 2-D filtering of a small image: padding modes, box blur, Sobel edges, thresholds.
import numpy as np

img = np.zeros((7, 8))
img[2:5, 2:6] = 10.0
img[3, 3] = 20.0
print(img)
for mode in ("constant", "edge", "reflect", "symmetric", "wrap"):
    p = np.pad(img[1:4, 1:4], 1, mode=mode)
    print(mode, p.shape)
    print(p)
padded = np.pad(img, 1, mode="edge")
blur = np.zeros_like(img)
for dy in range(3):
    for dx in range(3):
        blur += padded[dy:dy + img.shape[0], dx:dx + img.shape[1]]
blur /= 9
print("blur:\n", np.round(blur, 2))
kx = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], dtype=float)
ky = kx.T
gx = np.zeros_like(img)
gy = np.zeros_like(img)
for dy in range(3):
    for dx in range(3):
        win = padded[dy:dy + img.shape[0], dx:dx + img.shape[1]]
        gx += kx[dy, dx] * win
        gy += ky[dy, dx] * win
mag = np.hypot(gx, gy)
print("gradient magnitude:\n", np.round(mag, 1))
edges = mag > mag.max() * 0.5
print(edges.astype(int))
print("edge pixels:", edges.sum(), "bbox rows", np.where(edges.any(axis=1))[0], "cols", np.where(edges.any(axis=0))[0])
print("angle at (2,2):", np.round(np.degrees(np.arctan2(gy[2, 2], gx[2, 2])), 3))
print("pad widths tuple:\n", np.pad(np.arange(4).reshape(2, 2), ((1, 0), (0, 2))))
print("pad constant values:\n", np.pad(np.ones((2, 2), dtype=int), 1, constant_values=7))
print("rot90:\n", np.rot90(img[1:5, 1:4]))
print("fliplr/flipud:", np.fliplr(np.arange(6).reshape(2, 3)), np.flipud(np.arange(6).reshape(2, 3)))
