# A small synthetic image: box blur through padding, threshold, bounding box, flips.
import numpy as np

h, w = 8, 10
yy, xx = np.mgrid[0:h, 0:w]
img = np.exp(-((yy - 3.5) ** 2 + (xx - 5) ** 2) / 6.0) * 200 + (xx % 3) * 4
print(img.round(1))
padded = np.pad(img, 1, mode="edge")
print("padded:", padded.shape)
blur = np.zeros_like(img)
for dy in range(3):
    for dx in range(3):
        blur += padded[dy:dy + h, dx:dx + w]
blur /= 9
print(np.round(blur, 2))
mask = blur > 60
print(mask.astype(int))
pts = np.argwhere(mask)
print("points:", len(pts))
(r0, c0), (r1, c1) = pts.min(axis=0), pts.max(axis=0)
print("bbox:", r0, c0, r1, c1)
print("row counts:", np.count_nonzero(mask, axis=1))
print("col counts:", np.count_nonzero(mask, axis=0))
crop = blur[r0:r1 + 1, c0:c1 + 1]
print("crop mean %.6f" % crop.mean())
print(np.rot90(crop).shape, np.fliplr(crop)[0].round(3))
edges_x = np.abs(np.diff(blur, axis=1))
edges_y = np.abs(np.diff(blur, axis=0))
print("edge maxima:", edges_x.max().round(4), edges_y.max().round(4))
norm = (blur - blur.min()) / np.ptp(blur)
levels = np.floor(norm * 4).astype(int)
print(levels)
chars = np.array([0, 1, 2, 3, 4])
for row in levels:
    print("".join(" .:*#"[v] for v in row))
print("centroid:", (yy * blur).sum() / blur.sum(), (xx * blur).sum() / blur.sum())
