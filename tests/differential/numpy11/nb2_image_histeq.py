# Histogram equalization of an 8-bit-like integer image held in int64, with a lookup table.
import numpy as np

rng = np.random.default_rng(10)
h, w = 12, 16
base = np.add.outer(np.arange(h) * 3, np.arange(w) * 2) + 60
img = np.clip(base + rng.integers(-10, 11, size=(h, w)), 0, 255)
print("dtype:", img.dtype, "range:", img.min(), img.max())
print(img[:3, :8])
hist = np.bincount(img.ravel(), minlength=256)
print("nonzero levels:", np.count_nonzero(hist), "peak level:", hist.argmax(), hist.max())
cdf = hist.cumsum()
cdf_min = cdf[cdf > 0].min()
lut = np.round((cdf - cdf_min) / (img.size - cdf_min) * 255).astype(np.int64)
lut = np.clip(lut, 0, 255)
eq = lut[img]
print("equalized range:", eq.min(), eq.max(), "mean %.4f" % eq.mean())
print(eq[:3, :8])
print("quartiles before:", np.percentile(img, [25, 50, 75]), "after:", np.percentile(eq, [25, 50, 75]))
stretched = ((img - img.min()) * 255 // np.ptp(img))
print("stretched:", stretched.min(), stretched.max(), stretched[0, :6])
gamma = np.round(255 * (img / 255.0) ** 0.5).astype(int)
print("gamma row:", gamma[5, ::3])
thumb = img.reshape(h // 4, 4, w // 4, 4).mean(axis=(1, 3))
print("thumbnail:\n", np.round(thumb, 2))
binary = (eq > 127).astype(np.int64)
print("foreground fraction %.4f" % binary.mean())
print("row profile:", binary.sum(axis=1))
inv = 255 - img
print("inverted corner:", inv[0, 0], inv[-1, -1], (inv + img == 255).all())
levels = np.digitize(img, [80, 100, 120])
print(np.bincount(levels.ravel()), levels[::4, ::4])
