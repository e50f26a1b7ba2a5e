# Geometric transforms of a uint8 image keep its dtype: flips, rotations, rolls, tiling, crops.
import numpy as np

img = np.arange(12, dtype=np.uint8).reshape(3, 4) * 20
print(repr(np.flip(img)), repr(np.fliplr(img)), repr(np.flipud(img)))
print(repr(np.rot90(img)), np.rot90(img, 2).dtype)
print(repr(np.roll(img, 1, axis=1)), repr(np.transpose(img)))
print(repr(np.tile(img[0], 2)), repr(np.repeat(img[:, 0], 2)), repr(np.take(img, [0, 5, 11])))
print(repr(np.reshape(img, (2, 6))), repr(np.ravel(img)[:5]), repr(np.expand_dims(img[0], 0)), np.squeeze(img[:1]).shape)
crop = img[1:, 1:3].copy()
crop[0, 0] = 255
print(repr(crop), img[1, 1], repr(np.copy(crop)))
print(img.reshape(-1).dtype, img.flatten().dtype, img.T.shape, img.swapaxes(0, 1).dtype)
f = np.linspace(0, 1, 6, dtype=np.float64).astype(np.float32).reshape(2, 3)
print(repr(np.flip(f, axis=1)), repr(f.T), repr(np.roll(f, -1)), f ** 2, (f ** 2).dtype)
