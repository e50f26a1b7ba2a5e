# Binary image morphology: erosion/dilation with padded slices, opening/closing, connected components by flood fill.
import numpy as np

rng = np.random.RandomState(31)
img = (rng.rand(12, 14) > 0.55).astype(int)
img[3:7, 4:9] = 1
img[9:, 10:] = 1


def show(m):
    for r in m:
        print("".join("#" if v else "." for v in r))


def dilate(m):
    p = np.pad(m, 1)
    out = np.zeros_like(m)
    for dy in range(3):
        for dx in range(3):
            out |= p[dy:dy + m.shape[0], dx:dx + m.shape[1]]
    return out


def erode(m):
    p = np.pad(m, 1, constant_values=1)
    out = np.ones_like(m)
    for dy in range(3):
        for dx in range(3):
            out &= p[dy:dy + m.shape[0], dx:dx + m.shape[1]]
    return out


show(img)
print(img.sum(), dilate(img).sum(), erode(img).sum())
opened = dilate(erode(img))
closed = erode(dilate(img))
print("opened:", opened.sum(), "closed:", closed.sum())
show(opened)
edge = img - erode(img)
print("boundary pixels:", edge.sum())
labels = np.zeros_like(img)
current = 0
for y0, x0 in np.argwhere(img == 1):
    if labels[y0, x0]:
        continue
    current += 1
    stack = [(y0, x0)]
    labels[y0, x0] = current
    while stack:
        y, x = stack.pop()
        for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
            if 0 <= ny < img.shape[0] and 0 <= nx < img.shape[1] and img[ny, nx] and not labels[ny, nx]:
                labels[ny, nx] = current
                stack.append((ny, nx))
print("components:", current)
sizes = np.bincount(labels.ravel())[1:]
print("sizes:", sizes)
big = np.argmax(sizes) + 1
ys, xs = np.nonzero(labels == big)
print("largest:", sizes.max(), "bbox", ys.min(), ys.max(), xs.min(), xs.max(), "centroid %.4f %.4f" % (ys.mean(), xs.mean()))
keep = np.isin(labels, np.flatnonzero(sizes >= 3) + 1)
print("kept pixels:", keep.sum(), "removed:", img.sum() - keep.sum())
show(np.where(labels == big, 1, 0))
dist = np.full(img.shape, 99)
dist[img == 0] = 0
for _ in range(6):
    p = np.pad(dist, 1, constant_values=0)
    nb = np.minimum.reduce([p[:-2, 1:-1], p[2:, 1:-1], p[1:-1, :-2], p[1:-1, 2:]])
    dist = np.where(img == 1, np.minimum(dist, nb + 1), 0)
print(dist)
print("max depth:", dist.max(), np.argwhere(dist == dist.max())[:3].tolist())
print(np.histogram(dist[img == 1], bins=np.arange(1, dist.max() + 2))[0])
