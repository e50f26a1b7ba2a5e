# Image-like 2-D integer/float arrays: padding, box blur by slicing, thresholds, flips, rotations.
import numpy as np

img = (np.arange(36).reshape(6, 6) * 7) % 23
print(img)
print(img.dtype, img.min(), img.max(), img.mean().round(4))
pad = np.pad(img, 1)
print(pad.shape, pad[0], pad[:, 0])
pad2 = np.pad(img, ((1, 0), (0, 2)), mode="edge")
print(pad2[:2])
blur = (pad[:-2, :-2] + pad[:-2, 1:-1] + pad[:-2, 2:] + pad[1:-1, :-2] + pad[1:-1, 1:-1]
        + pad[1:-1, 2:] + pad[2:, :-2] + pad[2:, 1:-1] + pad[2:, 2:]) / 9
print(blur.round(2))
mask = img > 12
print(mask.astype(int))
print(mask.sum(), mask.sum(axis=0), np.count_nonzero(mask, axis=1))
binimg = np.where(mask, 255, 0)
print(binimg[:2], binimg.dtype)
print(np.flipud(img)[0], np.fliplr(img)[0], np.flip(img, axis=1)[1], img[::-1, ::-1][0])
print(np.rot90(img)[0], np.rot90(img, 2)[0], np.rot90(img, -1)[:, 0])
gx = img[:, 2:] - img[:, :-2]
gy = img[2:, :] - img[:-2, :]
print(gx[0], gy[:, 0])
mag = np.sqrt(gx[1:-1, :] ** 2 + gy[:, 1:-1] ** 2)
print(mag.round(3))
print(np.unravel_index(np.argmax(mag), mag.shape), np.argmax(mag))
print(np.ravel_multi_index((2, 3), (6, 6)), np.unravel_index(17, (6, 6)))
norm = (img - img.min()) / (img.max() - img.min())
print(norm[0].round(3))
q = (norm * 3).astype(int)
print(q)
hist = np.bincount(q.ravel(), minlength=4)
print(hist)
crop = img[1:4, 2:5].copy()
crop[crop > 10] = 0
print(crop, img[1:4, 2:5].sum())
img2 = img.copy()
img2[::2, ::2] = -1
print(img2[:3])
tiles = img.reshape(3, 2, 3, 2).sum(axis=(1, 3))
print(tiles)
print(img.T[0], img.reshape(-1)[::7], np.transpose(img)[5].tolist())
print(np.max(img, axis=1) - np.min(img, axis=1), np.ptp(img, axis=0))
print(np.argsort(img[0]), np.sort(img, axis=0)[0], np.sort(img, axis=None)[:8])
