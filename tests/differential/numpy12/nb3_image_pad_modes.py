# Image-like 2-D arrays: np.pad modes, a 3x3 box filter by slicing, thresholds and masks.
import numpy as np

img = np.array([[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10, 11, 12, 13, 14], [15, 16, 17, 18, 19]], dtype=float)
for mode in ["constant", "edge", "reflect", "symmetric", "wrap"]:
    print(mode)
    print(np.pad(img[:2, :3], 1, mode=mode))
print(np.pad(img[:2, :2], ((1, 0), (0, 2)), constant_values=-1))
print(np.pad(np.arange(4), (2, 3), mode="reflect"))
print(np.pad(np.arange(4), 2, mode="constant", constant_values=(9, 8)))
p = np.pad(img, 1, mode="edge")
box = sum(p[i:i + img.shape[0], j:j + img.shape[1]] for i in range(3) for j in range(3)) / 9.0
np.set_printoptions(precision=3)
print(box)
gx = p[1:-1, 2:] - p[1:-1, :-2]
gy = p[2:, 1:-1] - p[:-2, 1:-1]
mag = np.hypot(gx, gy)
print(mag)
print("thresholded:\n", (mag > 6).astype(int))
out = np.where(img > 10, 255.0, img / 2)
print(out)
c = np.clip(img - 5, 0, 8)
print(c)
img2 = img.copy()
img2[img2 % 3 == 0] = -1
print(img2)
print(img2[img2 < 0].size, np.count_nonzero(img2 < 0))
rows = (img > 8).any(axis=1)
cols = (img > 8).all(axis=0)
print(rows, cols)
print(img[rows][:, [0, -1]])
print(np.rot90(img), np.rot90(img, 2), np.rot90(img, -1), sep="\n")
print(np.flip(img, 0)[0], np.fliplr(img)[0], np.flipud(img)[:, 0], np.flip(img)[0])
print(img.T[1:3])
bright = img.mean() + img.std()
print("bright thresh %.4f" % bright, np.argwhere(img > bright))
