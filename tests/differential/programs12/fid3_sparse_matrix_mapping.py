from collections.abc import MutableMapping, Iterator


class Sparse(MutableMapping):
    """A sparse 2-D matrix: only non-zero cells are stored."""

    def __init__(self, shape, data=None):
        self.shape = shape
        self._cells = {}
        for k, v in (data or {}).items():
            self[k] = v

    def _check(self, key):
        if not (isinstance(key, tuple) and len(key) == 2):
            raise TypeError(f"indices must be (row, col) tuples, not {type(key).__name__}")
        r, c = key
        if not (0 <= r < self.shape[0] and 0 <= c < self.shape[1]):
            raise IndexError(f"index {key} out of bounds for shape {self.shape}")
        return key

    def __getitem__(self, key):
        return self._cells.get(self._check(key), 0)

    def __setitem__(self, key, value):
        key = self._check(key)
        if value:
            self._cells[key] = value
        else:
            self._cells.pop(key, None)

    def __delitem__(self, key):
        del self._cells[self._check(key)]

    def __iter__(self) -> Iterator:
        return iter(sorted(self._cells))

    def __len__(self):
        return len(self._cells)

    def __repr__(self):
        return f"Sparse({self.shape}, nnz={len(self)})"

    def __str__(self):
        return "\n".join(" ".join(f"{self[r, c]:>3}" for c in range(self.shape[1])) for r in range(self.shape[0]))

    def __matmul__(self, other):
        out = Sparse((self.shape[0], other.shape[1]))
        by_row = {}
        for (k, j), v in other.items():
            by_row.setdefault(k, []).append((j, v))
        for (i, k), a in self.items():
            for j, b in by_row.get(k, ()):
                out[i, j] = out[i, j] + a * b
        return out

    def transpose(self):
        return Sparse(self.shape[::-1], {(c, r): v for (r, c), v in self.items()})

    @property
    def density(self):
        return len(self) / (self.shape[0] * self.shape[1])


a = Sparse((3, 4), {(0, 0): 1, (0, 3): 2, (1, 1): 3, (2, 2): 4})
b = Sparse((4, 2), {(0, 1): 5, (3, 0): 6, (1, 0): -1, (2, 1): 2})
print(a, repr(a), f"{a.density:.2%}", sep="\n")
print(list(a), list(a.keys())[:2], list(a.values()), (1, 1) in a, (1, 2) in a, a.get((2, 2)), a.get((2, 3), "none"))
c = a @ b
print(c, dict(c.items()), sep="\n")
print(a.transpose(), a.transpose().shape)
a[0, 0] = 0
a[2, 3] = 7
print("setdefault", a.setdefault((1, 2), 9))
a[1, 2] = 9
print(sorted(a.items()), len(a), a.pop((1, 2)), a.get((0, 1), "absent"))
a.update({(0, 1): 8, (0, 2): 0})
print(dict(a), a == {(0, 1): 8, (0, 3): 2, (1, 1): 3, (2, 2): 4, (2, 3): 7})
for bad in [(5, 0), "x", (1,)]:
    try:
        a[bad]
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    del a[1, 0]
except KeyError as e:
    print("KeyError", e)
k = a.popitem()
print(k, len(a), isinstance(a, MutableMapping), Sparse.__doc__)
a.clear()
print(len(a), repr(a), bool(a), list(a.items()))
