# Nested tuple/list unpacking in assignments, loops and comprehensions.
(a, b), (c, d) = (1, 2), [3, 4]
print(a, b, c, d)
x, (y, (z, w)) = 1, (2, (3, 4))
print(x, y, z, w)
pairs = [((1, 2), "a"), ((3, 4), "b")]
for (m, n), label in pairs:
    print(label, m + n)
print([f"{k}={v}" for (k, v), _ in [(("x", 1), None), (("y", 2), None)]])
points = {"p1": (0, 0), "p2": (3, 4)}
for name, (px, py) in points.items():
    print(name, (px ** 2 + py ** 2) ** 0.5)
matrix = [[1, 2], [3, 4]]
[[a, b], [c, d]] = matrix
print(a * d - b * c)
for i, (ch, num) in enumerate(zip("ab", [10, 20])):
    print(i, ch, num)
data = [("ann", (31, "oslo")), ("bob", (25, "rome"))]
for name, (age, city) in data:
    print(f"{name:>4} {age} {city}")
(first, *mid), last = "abc", "z"
print(first, mid, last)
key, (lo, hi) = "range", [1, 9]
print(key, lo, hi)
s = [1, 2, 3]
s[0], (s[1], s[2]) = "a", ("b", "c")
print(s)
class O:
    pass
o = O()
o.x, o.y = 1, 2
print(o.x, o.y)
d = {}
d["a"], d["b"] = (lambda: (5, 6))()
print(d)
