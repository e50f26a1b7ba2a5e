# repr/str of empty and degenerate shapes: (0,3), (3,0), (1,1,1), (2,0,2), 0-d, per dtype, and operations on them.
import numpy as np

shapes = [(0,), (0, 3), (3, 0), (1, 1, 1), (2, 0, 2), (1, 0), (0, 0), (1,), (1, 1), (2, 1, 1), (1, 2, 1)]
for s in shapes:
    for dt in [float, int, bool, np.float32, np.int32]:
        a = np.zeros(s, dtype=dt)
        print(s, np.dtype(dt).name, repr(a), "|", str(a).replace("\n", "/"), a.size, a.ndim)
e = np.empty((0, 3))
print(e.sum(axis=0), e.sum(axis=1), e.sum(), e.mean(axis=0) if False else e.max(axis=1))
print(e.T.shape, e.reshape(3, 0).shape, e.reshape(-1).shape, np.concatenate([e, np.ones((2, 3))]))
print(np.vstack([e, [[1, 2, 3]]]), np.hstack([np.empty((2, 0)), np.ones((2, 1))]))
print(e.tolist(), np.zeros((3, 0)).tolist(), np.zeros((1, 1, 1)).tolist(), np.zeros((2, 0, 2)).tolist())
print(np.ones((1, 1, 1)) * 5, (np.ones((1, 1, 1)) * 5).item(), np.ones((1, 1, 1)).squeeze(), repr(np.ones((1, 1, 1)).squeeze()))
print(np.arange(6).reshape(1, 6, 1), np.arange(6).reshape(1, 6, 1).squeeze(axis=(0, 2)))
print(repr(np.array([[1.5]])), repr(np.array([[[-1]]])), repr(np.array([[[True]]])))
print(repr(np.full((1, 1, 2), np.nan)), repr(np.full((2, 1, 1), -0.0)))
try:
    print(e.max())
except ValueError as ex:
    print("ValueError:", ex)
try:
    print(np.zeros((3, 0)).argmax(axis=1))
except ValueError as ex:
    print("ValueError:", ex)
print(np.zeros((3, 0)).argmax(axis=0) if False else np.zeros((0, 3)).any(axis=0), np.zeros((0, 3)).all(axis=0), np.zeros((0, 3)).prod(axis=0))
print(np.zeros((2, 0)) @ np.zeros((0, 3)), np.zeros((0, 2)) @ np.zeros((2, 4)))
print(np.eye(0), repr(np.eye(0)), np.diag(np.array([])), repr(np.arange(0).reshape(0, 1, 2)))
print(np.array([[]]).shape, repr(np.array([[]])), repr(np.array([[], []])), np.array([[], []]).T.shape)
print(repr(np.array([], dtype=float).reshape(0, 3).astype(int)), np.array([]).reshape(0, 3).dtype)
for a in [np.zeros((0, 3)), np.zeros((1, 1, 1)), np.zeros((3, 0))]:
    print(len(a), list(a)[:1], a.shape, a.strides if False else a.nbytes, a.itemsize)
