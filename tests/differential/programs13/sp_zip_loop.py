# `for x, y in zip(a, b)` and `for i, (x, y) in enumerate(zip(a, b))` loops.
a = [1, 2, 3, 4]
b = ("w", "x", "y")
for x, y in zip(a, b):
    print(x, y)
for i, (x, y) in enumerate(zip(a, b)):
    print(i, x, y)
for x, y in zip([], a):
    print("never")
else:
    print("empty else")
for x, y in zip(a, b):
    if y == "x":
        print("break", x)
        break
else:
    print("no break")
# Big ints, floats, None and nested lists go through unchanged.
for p, q in zip([2**60, 1.5, None, [1, 2]], [-(2**70), 0.0, True, (3,)]):
    print(repr(p), repr(q))

# The lists may change during the loop: each step reads the current lengths and items.
xs = [1, 2, 3]
ys = [10, 20, 30, 40, 50]
for x, y in zip(xs, ys):
    print("step", x, y)
    if x < 5:
        xs.append(x + 5)
    ys[len(xs) % 5] = -1
print(xs, ys)
short = [1, 2, 3, 4]
for x, y in zip(short, short):
    print("shrink", x, y)
    short.pop()
print(short)


# Subclasses and other iterables keep the zip object (their own __iter__ wins).
class Rev(list):
    def __iter__(self):
        return reversed(self[:])


for x, y in zip(Rev([1, 2, 3]), [4, 5, 6]):
    print("rev", x, y)


def gen(n):
    for i in range(n):
        yield i


for x, y in zip(gen(5), "abc"):
    print("gen", x, y)
    if y == "b":
        break
print("after break")
for x, y in zip("hé", range(10)):
    print(x, y)
for x, y in zip({"k": 1, "j": 2}, {5, 6} if False else [5, 6]):
    print(x, y)

# Unpacking targets and errors.
d = {}
for d["a"], d["b"] in zip([1], [2]):
    pass
print(d)
for [x, y] in zip(a, b):
    print("list target", x, y)
for x, (y, z) in zip(a, [(1, 2), [3, 4]]):
    print("nested", x, y, z)
try:
    for x, (y, z) in zip(a, [(1, 2, 3)]):
        print("never")
except ValueError as exc:
    print("ValueError", exc)
try:
    for x, y in zip(a, 5):
        print("never")
except TypeError as exc:
    print("TypeError", exc)
for t in zip(a, b):
    print(type(t).__name__, t)
try:
    for x, y in zip(a, b, strict=True):
        print("strict", x, y)
except ValueError as exc:
    print("ValueError", exc)


# A local `zip` is not the builtin.
def shadowed():
    def zip(p, q):
        return [(q, p)]

    for x, y in zip(1, 2):
        print("shadowed", x, y)


shadowed()


# An exception in the body leaves the loop.
def body_raises():
    for x, y in zip([1, 0], [5, 6]):
        print(y // x)


try:
    body_raises()
except ZeroDivisionError as exc:
    print("ZeroDivisionError", exc)
