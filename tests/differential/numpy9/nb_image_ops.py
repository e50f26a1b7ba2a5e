# Image-like 2-D array manipulation: slicing, masks, where, clip, roll.
import numpy as np

img = np.zeros((8, 10), dtype=int)
img[2:6, 3:8] = 200
img[3:5, 4:6] = 255
img[0, :] = 40
img[:, 0] = 80
print(img)
print("shape", img.shape, "dtype", img.dtype, "sum", img.sum())

bright = img > 150
print("bright pixels:", bright.sum())
rows, cols = np.nonzero(bright)
print("bbox:", rows.min(), rows.max(), cols.min(), cols.max())
print(bright.astype(int))

inverted = 255 - img
print("inverted corner:\n", inverted[:3, :4])
thresh = np.where(img >= 200, 1, 0)
print("threshold rows sums:", thresh.sum(axis=1))
scaled = np.clip(img * 1.5, 0, 255).astype(np.uint8)
print(scaled[2:6, 2:9])
shifted = np.roll(img, shift=(1, 2), axis=(0, 1))
print("rolled:\n", shifted[1:4, :6])
flipped = img[::-1, ::-1]
print("flipped row 0:", flipped[0])
print("transpose shape:", img.T.shape)
down = img[::2, ::2]
print("downsampled:\n", down)
padded = np.pad(img[2:5, 3:6], 1, mode="constant", constant_values=-1)
print(padded)
blur = (img[:-2, :-2] + img[1:-1, 1:-1] + img[2:, 2:]) / 3
print(np.round(blur[1:4, 2:7], 1))
edges = np.abs(np.diff(img, axis=1))
print("edge count per row:", (edges > 0).sum(axis=1))
print("mean by column:", img.mean(axis=0))
