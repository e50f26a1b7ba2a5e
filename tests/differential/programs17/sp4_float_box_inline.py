# Float arithmetic whose result is integral, NaN, infinite or -0.0 must still print as a float
# (and keep NaN identity semantics) when the speculated path boxes it inline.
import math


def advance(bodies, dt, steps):
    for _ in range(steps):
        for p in bodies:
            p[0] += dt * p[3]
            p[1] -= dt * p[4]
            p[2] = p[2] * 0.5 + p[5]


bodies = [[0.0, 0.0, 0.0, 2.0, -4.0, 0.0], [1.5, 2.5, 3.5, 0.25, 0.5, 1.5]]
advance(bodies, 0.5, 3)
print(bodies)
print([type(v).__name__ for v in bodies[0]])

a, b = 1.5, 2.5
c = a + b
print(c, type(c), c == 4, c is not None)
d = a - a
print(d, repr(d), -d, math.copysign(1.0, -d))
e = 1e308 * 10.0
print(e, -e, e - e, (e - e) != (e - e))
nan = e - e
vals = [nan]
print(nan in vals, vals.count(nan), vals[0] is nan)
f = 0.1 * 3.0
g = f * 10.0
print(f, g, g.is_integer(), int(g))
h = -0.5 * 0.0
print(h, repr(h), str(h))
k = 3.0
for i in range(5):
    k = k * 1.5 + 0.25
print(k, k * 4.0)
s = 0.0
for x in [0.5, 0.25, 0.25, 1.0, 0.75, 0.25]:
    s += x
    print(s, end=" ")
print()
print(sum([0.5, 0.5]), max(0.5 + 0.5, 1), min(1, 2.0 - 1.0))
print({1.0 + 1.0: "two"}, {2: "x"}[1.0 + 1.0], 2.0 * 1.0 == 2)


def h2(x, y):
    return x * y - y


print(h2(2.0, 3.0), h2(1.5, 2.5), h2(2, 3), h2(True, 2.0), h2(2.5, 2))
