# int32 index arrays: creation, arithmetic, indexing with them, promotion with int64.
import numpy as np

idx = np.array([3, 0, 2, 1], dtype=np.int32)
data = np.array([10.5, 20.25, 30.0, 40.75])
print(idx, repr(idx), idx.dtype)
print(data[idx])
print(idx * 2, (idx * 2).dtype, idx + 1, (idx + 1).dtype)
print(idx + np.arange(4), (idx + np.arange(4)).dtype)
print(idx / 2, (idx / 2).dtype)
print(idx // 2, idx % 3, -idx, abs(-idx))
print(idx.sum(), idx.sum().dtype, idx.max(), repr(idx.max()), idx.argmax())
print(np.sort(idx), np.argsort(idx), np.sort(idx).dtype)
big = np.array([2147483647, -2147483648], dtype=np.int32)
print(big + 1, big - 1, big * 2)
print(np.int32(7) // np.int32(2), np.int32(-7) % np.int32(3), repr(np.int32(3) * 4))
print(idx.astype(np.int64).dtype, idx.astype(float), idx.tolist())
z = np.zeros(3, dtype=np.int32)
z[1] = 5
z[2] = -7
print(z, repr(z), z.dtype)
print(np.arange(5, dtype=np.int32), np.ones(2, dtype="int32"), np.full(3, 9, dtype=np.int32))
