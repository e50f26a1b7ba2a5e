# NumPy scalars meeting Python sequences and builtins: repetition counts, indexing, range, setting NaN into ints.
import numpy as np

data = np.array([3, 1, 4, 1, 5, 9, 2, 6])
n = data.max()
hist = [0] * (n + 1)
for v in data:
    hist[v] += 1
print("hist list:", hist, len(hist))
print("repeat str:", "-" * data.min() + ">", "ab" * np.int64(2))
print("tuple repeat:", (0,) * np.int64(3), np.int64(2) * [7])
print("range over np ints:", list(range(data.min(), data[2])))
letters = "abcdefghij"
print("str index:", letters[data[0]], letters[np.argmax(data)], letters[data[1]:data[2]])
rows = [[1, 2], [3, 4], [5, 6]]
print("list index:", rows[np.int64(2)], rows[np.argmin(data)][np.int64(1)])
print("dict key:", {1: "one", 3: "three"}[data[0]], {np.int64(3): "x"}.get(3))
try:
    print([1, 2] * np.float64(2.0))
except TypeError as e:
    print("TypeError:", str(e).startswith("can't multiply sequence by non-int"))
print("float scalar times array-like list:", np.float64(0.5) + np.array([1, 2]))
ints = np.arange(5)
try:
    ints[0] = np.nan
except ValueError as e:
    print("ValueError:", e)
try:
    ints[1] = float("inf")
except OverflowError as e:
    print("OverflowError:", e)
ints[2] = 7.9
print("truncated store:", ints)
print("full int from float:", np.full(3, 2.7, dtype=int), np.full(2, -2.7, dtype=int))
print("np.size with axis:", np.size(np.zeros((3, 4)), 0), np.size(np.zeros((3, 4)), axis=-1), np.size(np.zeros((3, 4))))
print("np.shape / ndim:", np.shape([[1, 2, 3]]), np.ndim(5), np.ndim([[1], [2]]))
total = 0
for i in range(np.int64(4)):
    total += data[i] * i
print("weighted:", total, type(total).__name__)
print("sorted np ints:", sorted(data)[:4], type(sorted(data)[0]).__name__)
print("max builtin:", max(data), min(data, key=lambda v: -v), sum(data), sum(data) / len(data))
print("enumerate:", [(i, int(v)) for i, v in enumerate(data[:3])])
print("zip:", list(zip(data[:3].tolist(), np.array([0.5, 1.5, 2.5]).tolist())))
print("join:", ",".join(str(v) for v in data[:4]), " ".join(f"{v:.1f}" for v in data[:3] / 2))
print("membership:", 9 in data, 10 in data, np.int64(4) in [1, 4])
print("bool context:", bool(np.int64(0)), bool(np.float64(0.1)), "yes" if data[0] else "no")
print("int conversions:", int(np.float64(2.9)), int(-np.float64(2.9)), round(np.float64(2.5)), round(np.float64(3.5)))
