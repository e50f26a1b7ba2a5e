# Image windows: sliding 3x3 windows by slicing, local max/min, rot90/flip/transpose symmetries, masks and clipping.
import numpy as np

rng = np.random.RandomState(12)
img = rng.randint(0, 10, size=(6, 7)).astype(float)
print(img)
H, W = img.shape
win = np.stack([img[i:H - 2 + i, j:W - 2 + j] for i in range(3) for j in range(3)])
print(win.shape)
print("local max:\n", win.max(axis=0))
print("local min:\n", win.min(axis=0))
print("local median:\n", np.median(win, axis=0))
center = img[1:-1, 1:-1]
peaks = center == win.max(axis=0)
print("peaks at:", np.argwhere(peaks).tolist())
lap = win[1] + win[3] + win[5] + win[7] - 4 * win[4]
print("laplacian:\n", lap)
edges = np.abs(lap) > 8
print(edges.astype(int))
print("symmetric check:", np.array_equal(np.rot90(img, 4), img), np.array_equal(np.rot90(np.rot90(img)), np.flip(img)))
print(np.array_equal(img.T[::-1], np.rot90(img)), np.array_equal(np.rot90(img, -1), np.rot90(img, 3)))
print(np.rot90(img[:2, :3], axes=(1, 0)))
sq = img[:5, :5]
print("is symmetric:", np.allclose(sq, sq.T), np.allclose((sq + sq.T) / 2, ((sq + sq.T) / 2).T))
print(np.triu(sq), np.tril(sq, -1), sep="\n")
cl = np.clip(img, 2, 7)
print(cl.min(), cl.max(), (cl != img).sum())
print(np.clip(img[0], [0, 1, 2, 3, 4, 5, 6], 5))
norm = (img - img.min()) / (img.max() - img.min())
print(np.round(norm[0], 4))
q = np.floor(norm * 3.999).astype(int)
print(q)
print(np.bincount(q.ravel()))
lut = np.array([0.0, 0.33, 0.66, 1.0])
print(lut[q][0])
crop = img[1:5, 2:6]
print(crop.shape, crop.sum(), crop[::2, ::2])
ds = img[:6, :6].reshape(3, 2, 3, 2).mean(axis=(1, 3))
print(ds)
up = np.repeat(np.repeat(ds, 2, axis=0), 2, axis=1)
print(up.shape, np.abs(up - img[:6, :6]).mean().round(4))
print(np.kron(ds[:2, :2], np.ones((2, 2))))
mask = (img > 4) & (img < 8)
out = img.copy()
out[~mask] = 0
print(out)
print(np.where(mask, img, -img)[0], np.sum(mask, axis=0))
