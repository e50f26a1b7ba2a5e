# Unpacking and slicing corners: starred targets, nested unpacking in for loops, swap,
# slice objects and indices, negative steps, slice assignment growth/shrink, del slices.
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
head, *rest = [1]
print(init, tail, head, rest)
(a, b), [c, *d] = (1, 2), "xyz"
print(a, b, c, d)
for i, (name, (x, y)) in enumerate([("p", (1, 2)), ("q", (3, 4))]):
    print(i, name, x + y)
a, b = b, a
print(a, b, [*range(3), *"ab"], {*"aab"} == {"a", "b"}, (*[1, 2],))
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, y, z = [1]
except ValueError as e:
    print(e)
try:
    p, *q, r = [1]
except ValueError as e:
    print(e)
L = list(range(10))
print(L[::-1], L[-3:], L[:-7:-2], L[8:2:-3], L[100:], L[-100:2], L[::3], L[5:5])
s = slice(1, 8, 3)
print(L[s], s.indices(5), slice(None, None, -1).indices(4), s, slice(5))
M = L[:]
M[2:5] = ["a"]
print(M)
M[1:1] = [100, 200]
print(M)
M[::2] = "ABCDE"
print(M)
del M[::3]
print(M)
try:
    M[::2] = [1]
except ValueError as e:
    print(e)
t = tuple(range(5))
print(t[1:3], t[::-2], "hello"[1:-1], "hello"[::-2], b"bytes"[1:3], bytearray(b"xyz")[::-1])
m = [[0] * 3 for _ in range(2)]
m[0][1:] = [7, 8]
print(m, [row[::-1] for row in m], list(zip(*m)))
