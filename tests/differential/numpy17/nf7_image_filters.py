# Image filters on small 2-D arrays: box blur, Sobel edges, median filter, thresholding, padding.
import numpy as np

img = np.zeros((8, 8))
img[2:6, 2:6] = 1.0
img[3, 3] = 2.0
img[0, 7] = 0.5
print(img)


def filter2d(a, k, mode="edge"):
    kh, kw = k.shape
    p = np.pad(a, ((kh // 2, kh // 2), (kw // 2, kw // 2)), mode=mode)
    out = np.zeros_like(a, dtype=float)
    for i in range(kh):
        for j in range(kw):
            out += k[i, j] * p[i:i + a.shape[0], j:j + a.shape[1]]
    return out


box = np.ones((3, 3)) / 9
print(np.round(filter2d(img, box), 6))
sx = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], dtype=float)
gx = filter2d(img, sx[::-1, ::-1], mode="constant")
gy = filter2d(img, sx.T[::-1, ::-1], mode="constant")
mag = np.hypot(gx, gy)
print(gx)
print(np.round(mag, 6))
print(np.round(np.degrees(np.arctan2(gy, gx))[1:4, 1:4], 6))
win = np.lib.stride_tricks.sliding_window_view(np.pad(img, 1, mode="reflect"), (3, 3))
med = np.median(win, axis=(-2, -1))
print(med)
mx = win.max(axis=(2, 3))
mn = win.min(axis=(2, 3))
print((mx - mn).astype(int))
thr = img > img.mean()
print(thr.astype(np.uint8), thr.sum(), img.mean())
lap = np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]])
print(filter2d(img, lap, mode="wrap"))
g = np.exp(-(np.arange(-2, 3) ** 2) / 2.0)
g = g / g.sum()
g2 = np.outer(g, g)
print(np.round(g2, 8), g2.sum())
blur = filter2d(img, g2, mode="symmetric")
print(np.round(blur, 5))
print(np.unravel_index(np.argmax(blur), blur.shape), np.round(blur.max(), 8))
hist, edges = np.histogram(blur, bins=4, range=(0, 1.2))
print(hist, edges)
print(np.flipud(img)[0], np.fliplr(img)[0], np.rot90(img)[0], np.rot90(img, 2)[0], np.rot90(img, -1)[:, 0])
norm = (blur - blur.min()) / (blur.max() - blur.min())
print((norm * 255).astype(np.uint8))
print(np.clip(img * 1.5 - 0.25, 0, 1))
