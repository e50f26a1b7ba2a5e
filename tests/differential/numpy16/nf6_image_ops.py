# Image-like 2-D arrays: slicing, flips, rotations, padding, convolution by hand.
import numpy as np

img = np.arange(1, 37, dtype=float).reshape(6, 6)
print(img)
print(img[::2, ::2])
print(img[1::2, ::-2])
print(img[::-1, ::-1])
print(img[-2:0:-2, 4::-3])
print(np.rot90(img))
print(np.rot90(img, 2))
print(np.rot90(img, -1))
print(np.rot90(img, k=3, axes=(1, 0)))
print(np.flip(img, axis=0)[:2])
print(np.flipud(img)[0], np.fliplr(img)[0])
print(np.flip(img)[0])
small = np.array([[1, 2], [3, 4]])
for mode in ["constant", "edge", "reflect", "symmetric", "wrap", "linear_ramp", "maximum", "minimum", "mean", "median"]:
    print(mode)
    print(np.pad(small, 2, mode=mode))
print(np.pad(small, ((1, 0), (0, 2)), constant_values=9))
print(np.pad(small, ((1, 2), (2, 1)), mode="constant", constant_values=((-1, -2), (-3, -4))))
print(np.pad(np.arange(5), (2, 3), mode="reflect", reflect_type="odd"))
print(np.pad(np.arange(5), 3, mode="linear_ramp", end_values=(10, -10)))

kernel = np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]], dtype=float)
padded = np.pad(img, 1, mode="edge")
out = np.zeros_like(img)
for i in range(img.shape[0]):
    for j in range(img.shape[1]):
        out[i, j] = np.sum(padded[i:i + 3, j:j + 3] * kernel)
print(out)
blur = np.ones((3, 3)) / 9
out2 = np.zeros((4, 4))
for i in range(4):
    for j in range(4):
        out2[i, j] = (img[i:i + 3, j:j + 3] * blur).sum()
print(out2)
print(np.kron(small, np.ones((2, 2), dtype=int)))
print(np.kron(np.eye(2), small))
print(np.kron([1, 2], [10, 20, 30]))
print(np.kron(small, [[1, -1]]))
thumb = img.reshape(3, 2, 3, 2).mean(axis=(1, 3))
print(thumb)
up = np.repeat(np.repeat(small, 2, axis=0), 3, axis=1)
print(up)
print(np.tril(img, -1)[:3], np.triu(img, 2)[:2])
print(np.diag(img), np.diag(img, 1), np.diag(img, -2))
print(np.diagonal(img[:, ::-1]))
print(np.trace(img), np.trace(img, offset=1))
print(np.fliplr(img).diagonal())
g = (img - img.min()) / (img.max() - img.min())
print((g * 255).astype(np.uint8))
print(np.clip(img, 5, 30)[::3])
tr = img.T.copy()
tr[tr > 30] = 0
print(tr)
print(np.roll(img, 1, axis=0)[:2], np.roll(img, -2, axis=1)[0], np.roll(img, (1, 1), axis=(0, 1))[0])
print(np.roll(np.arange(6), 2))
