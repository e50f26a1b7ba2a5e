# 8-bit image processing: uint8 arithmetic wraps, astype widening, clipping and thresholds.
import numpy as np

img = np.array([[12, 40, 80, 120], [160, 200, 240, 255], [0, 30, 90, 150]], dtype=np.uint8)
print(img)
print(repr(img))
print("dtype", img.dtype, "itemsize", img.itemsize, "nbytes", img.nbytes, "shape", img.shape)
print("wrapped +100:\n", img + 100)
print("wrapped -50:\n", img - 50)
wide = img.astype(np.int16) + 100
print("int16 +100:\n", wide, wide.dtype)
sat = np.clip(wide, 0, 255).astype(np.uint8)
print("saturated:\n", sat, sat.dtype)
inv = 255 - img
print("inverted:\n", inv, inv.dtype)
print("threshold:\n", (img > 128).astype(np.uint8))
print("sum", img.sum(), img.sum().dtype, "max", img.max(), repr(img.max()), "min", img.min())
print("mean", img.mean(), "row sums", img.sum(axis=1), img.sum(axis=1).dtype)
print("col max", img.max(axis=0), img.max(axis=0).dtype)
half = img // 2
print("half:\n", half, half.dtype)
print("bits:", img & 0x0F, img >> 4, img | 1)
print("as float:", np.round(img / 255, 3))
print(img[1], img[1, 2], repr(img[1, 2]), type(img[0, 0]).__name__)
print(img.tolist())
