# User-class arithmetic: a 2-D vector class with __add__/__sub__/__mul__/__eq__/__repr__,
# used through operators in a small integration loop (binary-op dunder dispatch).
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y

    def __hash__(self):
        return hash((self.x, self.y))

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def __repr__(self):
        return f"Vec({self.x:.4f}, {self.y:.4f})"


def simulate(n, steps):
    pos = [Vec(i * 0.5, -i * 0.25) for i in range(n)]
    vel = [Vec(1.0, 0.5) * (1 + i % 3) for i in range(n)]
    g = Vec(0.0, -9.8)
    dt = 0.01
    for _ in range(steps):
        for i in range(n):
            v = vel[i] + g * dt
            p = pos[i] + v * dt
            if p.y < 0:
                p = Vec(p.x, -p.y)
                v = -v
            vel[i] = v
            pos[i] = p
    energy = sum(v.dot(v) for v in vel)
    return pos, energy


pos, energy = simulate(200, 1500)
print(pos[0], pos[-1], round(energy, 6))
grid = {Vec(i % 7, i % 5): i for i in range(100)}
print(len(grid), Vec(1, 2) == Vec(1, 2), Vec(1, 2) == Vec(2, 1), 2 * Vec(1, 2) - Vec(1, 1))
