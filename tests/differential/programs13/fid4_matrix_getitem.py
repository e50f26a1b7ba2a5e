# A small Matrix class: tuple indexing, slices, __matmul__, __contains__, __iter__, equality and errors.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __str__(self):
        w = max(len(f"{v:g}") for r in self.rows for v in r)
        return "\n".join(" ".join(f"{v:>{w}g}" for v in r) for r in self.rows)
    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            if isinstance(i, slice) or isinstance(j, slice):
                rows = self.rows[i] if isinstance(i, slice) else [self.rows[i]]
                return Matrix([r[j] if isinstance(j, slice) else [r[j]] for r in rows])
            return self.rows[i][j]
        return self.rows[key]
    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value
    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        (n, m), (m2, p) = self.shape, other.shape
        if m != m2:
            raise ValueError(f"shapes {self.shape} and {other.shape} not aligned")
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __rmatmul__(self, other):
        return NotImplemented
    def __mul__(self, k):
        return Matrix([[v * k for v in r] for r in self.rows]) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    __hash__ = None
    def __iter__(self):
        for r in self.rows:
            yield from r
    def __contains__(self, v):
        return any(v in r for r in self.rows)
    def __len__(self):
        return len(self.rows)
    def __bool__(self):
        return any(self)
    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])

a = Matrix([[1, 2, 3], [4, 5, 6]])
b = Matrix([[1, 0], [0, 1], [2, -1]])
print(a, a.shape, repr(a @ b), a[1, 2], a[0], a[:, 1:], a[1:, ::2], a[-1, -1])
print(str(a @ b), (a @ b).T(), 2 * a == a * 2, a == a.T().T(), len(a), 5 in a, 7 in a, sum(a), max(a), sorted(a, reverse=True))
a[0, 0] = 10
print(a.rows[0], bool(Matrix([[0, 0]])), bool(a), list(Matrix([[1.5, 2]])), a * 0.5)
for bad in [lambda: a @ a, lambda: a @ 3, lambda: 3 @ a, lambda: a * "x", lambda: Matrix([[1], [1, 2]]), lambda: Matrix([]),
            lambda: {a}, lambda: a[5, 0], lambda: a["x"], lambda: a[0, 0, 0], lambda: a < a]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
class Grid(Matrix):
    def __getitem__(self, key):
        try:
            return super().__getitem__(key)
        except IndexError:
            return None
g = Grid([[1, 2], [3, 4]])
print(g[0, 1], g[9, 9], g[1], type(g @ g).__name__, isinstance(g @ g, Grid), list(iter(g)))
