# Notebook: image-like arrays: box and Gaussian blur by slicing, Sobel edges, thresholds, uint8 conversion, morphology.
import numpy as np

H, W = 10, 12
yy, xx = np.mgrid[0:H, 0:W]
img = np.zeros((H, W))
img[2:7, 3:9] = 1.0
img += 0.5 * ((xx - 8) ** 2 + (yy - 7) ** 2 < 6)
rng = np.random.default_rng(3)
img += rng.normal(0, 0.05, size=img.shape)
print(img.round(3))


def box_blur(a):
    p = np.pad(a, 1, mode="reflect")
    out = np.zeros_like(a)
    for dy in range(3):
        for dx in range(3):
            out += p[dy:dy + H, dx:dx + W]
    return out / 9


def conv3(a, k):
    p = np.pad(a, 1, mode="edge")
    out = np.zeros_like(a)
    for dy in range(3):
        for dx in range(3):
            out += k[dy, dx] * p[dy:dy + a.shape[0], dx:dx + a.shape[1]]
    return out


b = box_blur(img)
print(b[::3, ::3], b.sum(), img.sum())
g1 = np.array([1.0, 2.0, 1.0]) / 4
G = np.outer(g1, g1)
gb = conv3(img, G)
print(G, gb[4, :], gb.max())
sx = np.array([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])
gx = conv3(gb, sx)
gy = conv3(gb, sx.T)
mag = np.hypot(gx, gy)
ang = np.degrees(np.arctan2(gy, gx))
print(np.round(mag, 4))
print(np.round(ang[2:5, 2:6], 3))
edges = mag > 0.5 * mag.max()
print(edges.astype(int), edges.sum())
u8 = np.clip(np.round(img * 255), 0, 255).astype(np.uint8)
print(u8[3], u8.dtype, u8.max(), u8.min(), u8.mean(), np.bincount(u8.ravel() // 64, minlength=4))
inv = 255 - u8
print(inv[3], inv.dtype, (u8.astype(np.int16) - 128)[3])
mask = img > 0.5
dil = mask.copy()
dil[1:] |= mask[:-1]
dil[:-1] |= mask[1:]
dil[:, 1:] |= mask[:, :-1]
dil[:, :-1] |= mask[:, 1:]
ero = mask.copy()
ero[1:] &= mask[:-1]
ero[:-1] &= mask[1:]
ero[:, 1:] &= mask[:, :-1]
ero[:, :-1] &= mask[:, 1:]
print(mask.sum(), dil.sum(), ero.sum(), (dil & ~ero).sum())
print(np.where(dil & ~ero, 1, 0))
lap = img[1:-1, 2:] + img[1:-1, :-2] + img[2:, 1:-1] + img[:-2, 1:-1] - 4 * img[1:-1, 1:-1]
print(np.round(lap[::2, ::2], 6), lap.var())
rot = np.rot90(img)
print(rot.shape, np.array_equal(np.rot90(rot, -1), img), np.flipud(img)[0, :4], np.fliplr(img)[0, :4])
small = img.reshape(5, 2, 6, 2).mean(axis=(1, 3))
print(small)
hist, edges_ = np.histogram(img, bins=8, range=(-0.25, 1.75))
print(hist, edges_, np.cumsum(hist) / hist.sum())
