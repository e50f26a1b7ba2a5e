# A 2D vector class implementing a broad set of dunders together.
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"
    def __str__(self): return f"<{self.x}, {self.y}>"
    def __format__(self, spec): return f"<{self.x:{spec}}, {self.y:{spec}}>"
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y) if isinstance(o, Vec) else NotImplemented
    def __mul__(self, k): return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return abs(self) < abs(o)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __contains__(self, v): return v in (self.x, self.y)
a, b = Vec(3, 4), Vec(1, -2)
print(a, repr(a), f"{a:.2f}", f"{b:>4}", a + b, a - b, a * 2, 2 * a, a / 2, a @ b, -a, abs(a))
print(bool(Vec()), bool(a), a == Vec(3, 4), a != b, sorted([a, b, Vec(0, 1)]), max(a, b))
x, y = a
print(x, y, list(a), a[0], a[-1], len(a), 4 in a, 5 in a, tuple(b), dict(zip("xy", a)))
print({a, Vec(3, 4), b} == {a, b}, sum([a, b], Vec()), [v * 0.5 for v in (a, b)])
try:
    a + 1
except TypeError as e:
    print("TypeError", e)
try:
    a * a
except TypeError as e:
    print("TypeError", e)
