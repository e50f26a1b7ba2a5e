# Blending two uint8 images: float conversion, rounding, clipping back to uint8, masks and where.
import numpy as np

a = np.array([[0, 64, 128], [192, 255, 32]], dtype=np.uint8)
b = np.array([[255, 128, 0], [10, 20, 30]], dtype=np.uint8)
alpha = 0.25
mix = (alpha * a + (1 - alpha) * b)
print(mix, mix.dtype)
out = np.clip(np.round(mix), 0, 255).astype(np.uint8)
print(out, repr(out))
avg = ((a.astype(np.uint16) + b) // 2).astype(np.uint8)
print(avg, avg.dtype)
naive = (a + b) // 2
print("naive (wraps):", naive)
diff = np.abs(a.astype(np.int16) - b.astype(np.int16))
print(diff, diff.dtype, diff.max())
mask = diff > 100
print(np.where(mask, a, b), np.where(mask, 255, a).dtype, np.where(mask, a, 0.5).dtype)
stacked = np.stack([a, b, out])
print(stacked.shape, stacked.dtype, stacked[:, 0, 0])
print(np.concatenate([a, b], axis=1))
print(np.vstack([a, b]).dtype, np.hstack([a, b.astype(np.int32)]).dtype)
bright = a.astype(np.float32) * np.float32(1.2)
print(bright, bright.dtype, np.clip(bright, 0, 255).astype(np.uint8))
gray = (0.299 * a + 0.587 * b).astype(np.uint8)
print(gray)
