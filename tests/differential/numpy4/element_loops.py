import numpy as np


def f(a, b, n):
    acc = 0.0
    for i in range(n):
        acc += a[i] * b[i]
        a[i] = a[i] * 0.5 + b[i - 1]
    return acc


a = np.arange(10.0)
b = np.ones(10) * 0.25
print(f(a, b, 10), type(f(a, b, 10)).__name__)
print(a)
# views: strided and offset
c = np.arange(20.0)
v = c[::2]
w = c[3:]
print(f(v, w, 5))
print(c)
# 2-D row view, int arrays, lists
m = np.arange(12.0).reshape(3, 4)
print(f(m[1], m[2], 4))
print(m)
ia = np.arange(6)
fa = np.linspace(0, 1, 6)
print(f(fa, ia, 6), ia)
print(f([0.5, 1.5, 2.5], np.array([1.0, 2.0, 3.0]), 3))
for i in range(4):
    ia[i] = fa[i] * 3.7 + 0.1
print(ia)
# negative and out-of-range indices
x = np.zeros(5)
x[-1] = x[-2] * 2.0 + 1.5
print(x)
try:
    x[5] = x[0] * 2.0 + 1.0
except IndexError as e:
    print("IndexError", e)
try:
    y = x[7] * 2.0 + x[0]
except IndexError as e:
    print("IndexError", e)
x[1] = 3.0
print(x)
s = 0.0
for i in range(5):
    s = s + x[i] * 1.5
print(s, repr(s))
z = np.zeros(3)
z[0] = 2**60
z[1] = True
z[2] = 7
print(z, z[0] == 2**60)
q = np.zeros(4)
q.shape = (2, 2)
q[1] = q[0] * 2.0 + 1.0
print(q)
r = np.zeros(3)
r[0] = np.float64(1.5)
r[1] = 2.5
print(r)
