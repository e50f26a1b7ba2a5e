# Float-heavy objects: construct many small instances with __slots__, normalise them in place,
# reduce with a method that returns self, and format the result with %-formatting.
from math import sin, cos, sqrt


class Vec3:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def length(self):
        return sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def scale(self, k):
        self.x *= k
        self.y *= k
        self.z *= k

    def keep_max(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self

    def __repr__(self):
        return "Vec3(%.6f, %.6f, %.6f)" % (self.x, self.y, self.z)


def run(n, seed):
    pts = []
    for i in range(n):
        t = i * 0.001 + seed
        pts.append(Vec3(sin(t), cos(t) * 2.5, sin(t) * cos(t)))
    for p in pts:
        p.scale(1.0 / p.length())
    best = Vec3(-1.0, -1.0, -1.0)
    for p in pts:
        best = best.keep_max(p)
    return best


for seed in range(4):
    print(run(120000, seed))
