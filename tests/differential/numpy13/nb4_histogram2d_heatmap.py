# Joint distributions: histogram2d heatmaps, digitize with right=, bincount with weights.
import numpy as np

rng = np.random.default_rng(99)
n = 600
x = np.round(rng.normal(0.0, 1.0, n), 3)
y = np.round(0.6 * x + rng.normal(0.0, 0.8, n), 3)

H, xe, ye = np.histogram2d(x, y, bins=5, range=[[-3, 3], [-3, 3]])
print(H)
print(xe)
print(ye)
print("total counted:", H.sum())

print("custom edges and density")
H2, xe2, ye2 = np.histogram2d(x, y, bins=[np.array([-3.0, -1.0, 0.0, 1.0, 3.0]), np.array([-2.0, 0.0, 2.0])])
print(H2)
D, _, _ = np.histogram2d(x, y, bins=4, range=[[-2, 2], [-2, 2]], density=True)
print(np.round(D, 5))
print("weighted")
W, _, _ = np.histogram2d(x[:20], y[:20], bins=2, weights=np.arange(20.0))
print(W)

print("ascii heatmap")
shades = " .:*#"
top = H.max()
for row in H.T[::-1]:
    print("".join(shades[int(v / top * 4)] for v in row))

print("digitize left and right closed")
bins = np.array([-1.0, 0.0, 1.0])
vals = np.array([-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0])
print(np.digitize(vals, bins))
print(np.digitize(vals, bins, right=True))
print(np.digitize(vals, bins[::-1]))
print(np.digitize(vals, bins[::-1], right=True))
print(np.digitize(0.5, bins), np.digitize([[0.1, 1.5], [-3, 0]], bins))

print("bincount")
idx = np.digitize(x, np.array([-1.0, 0.0, 1.0]))
print(np.bincount(idx))
print(np.bincount(idx, minlength=6))
print(np.round(np.bincount(idx, weights=y), 4))
print(np.round(np.bincount(idx, weights=y) / np.bincount(idx), 4))
print(np.bincount(np.array([], dtype=int), minlength=3))
for bad in (np.array([1, -1]), np.array([0.5, 1.0])):
    try:
        np.bincount(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
