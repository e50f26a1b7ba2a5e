# Reductions over mixed axes, keepdims and dtypes, as used in quick summary cells.
import numpy as np

cube = np.arange(60, dtype=float).reshape(3, 4, 5) / 7
print(cube.sum(), cube.sum(axis=0).shape, cube.sum(axis=(0, 1)), cube.sum(axis=-1)[1])
print(cube.mean(axis=(1, 2)), cube.mean(axis=(0, 2), keepdims=True).shape)
print(cube.std(axis=1)[0], cube.var(axis=(0, 1), ddof=1)[:2])
print(cube.max(axis=(0, 2)), cube.min(axis=1).shape, np.ptp(cube, axis=2)[2])
print(cube.argmax(axis=2)[0], np.argmin(cube[:, ::-1], axis=1)[1])
print(np.median(cube, axis=(0, 1))[:3], np.percentile(cube, 75, axis=2)[0])
print(np.quantile(cube, [0.25, 0.75], axis=0).shape, np.quantile(cube, 0.5, axis=(1, 2), keepdims=True).ravel())
ints = np.arange(24).reshape(2, 3, 4)
print(ints.sum(axis=1), ints.prod(axis=2)[0], ints.mean(axis=0).dtype, ints.sum(axis=None, keepdims=True))
print(np.all(ints >= 0, axis=(1, 2)), np.any(ints == 7, axis=0).sum(), (ints % 2 == 0).sum(axis=2))
print(np.count_nonzero(ints % 3 == 0, axis=(0, 2)), np.average(ints, axis=2, weights=[1, 2, 3, 4])[1])
print(np.cumsum(ints, axis=1)[1], np.diff(ints, axis=2).sum())
b = ints > 10
print(b.sum(), b.sum(axis=0), b.mean(), b.all(axis=2), np.sum(b, dtype=float))
print(np.max(ints, axis=1, keepdims=True).shape, np.min(ints, initial=-5) if False else np.min(ints))
e = np.zeros((0, 3))
print(e.sum(axis=0), e.sum(axis=1), e.mean(axis=1).shape, np.prod(e, axis=0), e.max(axis=1).shape)
print(np.sum([[1, 2], [3, 4]], axis=1), np.mean([1, 2, 3, 4]), np.std([2, 4, 4, 4, 5, 5, 7, 9]))
print(np.add.reduce(ints, axis=(0, 1)), np.multiply.reduce([1.5, 2.0, 3.0]), np.maximum.reduce(ints, axis=-1)[0])
print(np.linalg.norm(cube, axis=(1, 2)).round(6), np.linalg.norm(ints[0], axis=1).round(6))
print(cube[1].trace(), np.trace(ints, axis1=1, axis2=2), np.diagonal(ints, axis1=0, axis2=2).shape)
