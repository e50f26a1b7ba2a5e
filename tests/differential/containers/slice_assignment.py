# Slice reads, slice assignment and slice deletion on lists.
base = list(range(10))
for sl in [slice(None), slice(2, 5), slice(-3, None), slice(None, None, 2), slice(None, None, -1),
           slice(8, 2, -2), slice(100, -100, -3), slice(5, 1), slice(-100, 3)]:
    print(sl, base[sl])
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[2:2] = ["ins1", "ins2"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[-2:] = []
print(a)
a[1:3] = "xyz"
print(a)
a[:] = range(6)
print(a)
a[::2] = ["e0", "e2", "e4"]
print(a)
a[::-2] = [50, 30, 10]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    a[1:2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    a[::0] = []
except ValueError as e:
    print("ValueError", e)
b = list(range(12))
del b[1:3]
print(b)
del b[::4]
print(b)
del b[-2:]
print(b)
del b[100:]
print(b)
del b[::-1]
print(b)
c = [1, 2, 3]
c[5:10] = [9]
print(c)
c[-10:1] = [0]
print(c)
d = [1, 2, 3, 4]
d[1:3] = d
print(d)
e = [0, 1, 2, 3, 4, 5]
e[4:1:-1] = "abc"
print(e)
f = [1, 2, 3]
f[1:1] = []
f[0:0] = [[]]
print(f)
del f[:]
print(f, len(f))
g = [1, 2, 3, 4, 5]
g[True:-True] = [None]
print(g)
