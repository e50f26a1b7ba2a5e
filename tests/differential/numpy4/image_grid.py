# Image-like 2-D arrays: blur, threshold, edges, histograms, crops and flips.
import numpy as np

h, w = 8, 10
yy, xx = np.meshgrid(np.arange(h), np.arange(w), indexing="ij")
img = np.sin(xx / 3.0) * np.cos(yy / 2.5) * 100 + 128
img = np.clip(img, 0, 255)
print(img.shape, img.dtype)
np.set_printoptions(precision=1, linewidth=100)
print(img)
print(np.round(img).astype(int))

# 3x3 box blur with edge padding done by hand
pad = np.zeros((h + 2, w + 2))
pad[1:-1, 1:-1] = img
pad[0, 1:-1] = img[0]
pad[-1, 1:-1] = img[-1]
pad[:, 0] = pad[:, 1]
pad[:, -1] = pad[:, -2]
blur = np.zeros_like(img)
for dy in range(3):
    for dx in range(3):
        blur += pad[dy:dy + h, dx:dx + w]
blur /= 9
print(blur[:3])

gx = np.zeros_like(img)
gx[:, 1:-1] = (img[:, 2:] - img[:, :-2]) / 2
gy = np.zeros_like(img)
gy[1:-1, :] = (img[2:, :] - img[:-2, :]) / 2
mag = np.hypot(gx, gy)
print("max gradient", mag.max(), "at", np.unravel_index(np.argmax(mag), mag.shape))
edges = mag > 20
print(edges.astype(int))
print("edge pixels", edges.sum(), "fraction", edges.mean())

binary = (img > 128).astype(np.int64)
print(binary)
print("rows with most bright", np.argsort(-binary.sum(axis=1), kind="stable")[:3])
counts, bins = np.histogram(img, bins=5, range=(0, 255))
print(counts, bins)
print(np.flipud(binary)[:2], np.fliplr(binary)[0])
print(np.rot90(np.arange(6).reshape(2, 3)))
crop = img[2:5, 3:7]
print(crop.mean(), crop.std())
norm = (img - img.min()) / (img.max() - img.min())
print(np.round(norm[::3, ::3], 3))
print((norm * 9).astype(int)[0])
np.set_printoptions(precision=8, linewidth=75)
print(np.percentile(img, [25, 50, 75]))
print(np.where(img > 200)[0][:5], np.where(img > 200)[1][:5])
print(np.diff(img[0])[:4])
print(np.gradient(img[0])[:4])
