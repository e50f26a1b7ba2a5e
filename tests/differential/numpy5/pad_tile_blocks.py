# np.pad (constant/edge/wrap/reflect), tile/repeat with axes, block assembly and kron-like grids.
import numpy as np

v = np.array([1, 2, 3])
print(np.pad(v, 2), np.pad(v, (1, 3)), np.pad(v, (2, 1), constant_values=9))
print(np.pad(v, 2, mode="edge"), np.pad(v, 2, mode="wrap"), np.pad(v, 2, mode="reflect"), np.pad(v, 2, mode="symmetric"))
m = np.arange(6.0).reshape(2, 3)
print(np.pad(m, 1))
print(np.pad(m, ((0, 1), (2, 0)), constant_values=-1))
print(np.pad(m, 1, mode="edge"))
print(np.pad(m, ((1, 1), (0, 0)), mode="wrap"))
print(np.pad(m, 1, mode="constant", constant_values=(5, 7)))
print(np.pad(np.array([[True]]), 1), np.pad(v, 0).shape)
print(np.tile(v, (2, 2)), np.tile(m, 2).shape, np.tile(m, (2, 1, 1)).shape)
print(np.repeat(m, 2), np.repeat(m, 2, axis=0), np.repeat(m, [1, 0, 2], axis=1))
print(np.repeat(3, 4), np.repeat(np.array([[1, 2]]), 2, axis=-1))
checker = np.add.outer(np.arange(4), np.arange(4)) % 2
print(checker)
print(np.kron(np.eye(2), np.ones((2, 2))))
print(np.vstack([np.hstack([np.zeros((2, 2)), np.ones((2, 1))]), np.hstack([np.full((1, 2), 2.0), np.array([[3.0]])])]))
print(np.concatenate([m, m], axis=None), np.concatenate((m, m * 10), axis=1))
print(np.stack([v, v * 2], axis=1), np.stack([v, v], axis=-1).shape, np.stack([m, m]).shape)
print(np.vstack([v, v]), np.hstack([m, m]).shape, np.column_stack([v, v * 3]), np.row_stack([v, v]) if False else np.dstack([v, v]).shape)
print(np.append(v, [4, 5]), np.append(m, [[9, 9, 9]], axis=0), np.insert(v, 1, 7), np.delete(v, 0))
print(np.delete(m, 1, axis=1), np.insert(m, 0, -1, axis=0))
print(np.array_split(np.arange(7), 3), np.split(np.arange(6), [2, 5]))
print(np.hsplit(np.arange(8).reshape(2, 4), 2)[1], np.vsplit(np.arange(8).reshape(4, 2), [1])[0])
try:
    np.pad(v, 2, mode="bogus")
except Exception as e:
    print(type(e).__name__, e)
try:
    np.pad(m, ((1, 1), (1, 1), (1, 1)))
except Exception as e:
    print(type(e).__name__, e)
