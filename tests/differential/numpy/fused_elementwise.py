# Chains of elementwise operators and ufuncs over float64 arrays (fused into one loop by pyjs)
# and the cases that must keep NumPy's operator-by-operator semantics.
import numpy as np

a = np.linspace(-2.0, 3.0, 11)
b = np.arange(11) * 0.25 + 1.0
c = a * 2.0 + b
print(c)
d = c * c - a / (b + 1.0)
print(d)
print(np.sqrt(np.abs(d)) + np.maximum(a, 0.25))
print(np.minimum(a, b) * 2.0 - np.maximum(b, a))
print(-a * b + c)
print(a ** 2 + b ** 2)
print(np.exp(-a * a / 2.0) * 0.5)
print(np.log(b) * a - np.tanh(a) + np.log10(b) + np.arctan(a))
print(np.square(a) - 3 * b + 1)

# Offsets and strides: contiguous views fuse, strided ones take the generic path.
print(a[1:] * 2.0 + b[:-1])
print(a[::2] * 2.0 + b[::2])
print(a[::-1] * 1.5 - b)

# Division by zero and NaN follow IEEE as in NumPy.
z = np.array([0.0, 1.0, -1.0, np.nan])
with np.errstate(all="ignore"):
    print(z / z * 2.0 + 1.0)
    print(np.maximum(z, 0.5) + np.minimum(z, -0.5) * 1.0)
    print(np.maximum(0.5, z) * 1.0 - 1.0)

# Ints, bools and mixed dtypes: NumPy's type promotion.
i = np.arange(6)
print(i * 2 + 1)
print(i * 2 + 1.5)
print((i + 1) / 2 - i)
t = np.array([True, False, True])
print(t * 2.0 + 1.0)
print((i * i - 3).dtype, (i * 0.5 + 1).dtype)

# Broadcasting and 2-D.
m = np.arange(12.0).reshape(3, 4)
r = np.array([1.0, 2.0, 3.0, 4.0])
print(m * 2.0 + r)
print(m * m - m / 2.0)
print(m.T * 2.0 + m.T)

# 0-d arrays and NumPy scalars give NumPy scalars.
s0 = np.array(2.5)
print(repr(s0 * 2.0 + s0))
f = np.float64(1.5)
print(repr(f * 2.0 + f))
print(repr(a[3] * 2.0 + b[3]))

# Python scalars of a function and plain floats.
def scale(x, arr, y):
    k = 3
    return x * arr + y * arr - k


print(scale(0.5, a, 2.0))
print(scale(0.5, 2.0, 1.25))
print(type(scale(0.5, 2.0, 1.25)).__name__)


# A user operand: Python's operator order and the user's dunders.
class V:
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        global b
        print("mul", o if not isinstance(o, np.ndarray) else "array")
        b = 100.0
        return V(self.v * 2)

    def __add__(self, o):
        print("add", o if not isinstance(o, np.ndarray) else "array")
        return self.v

    def __radd__(self, o):
        print("radd")
        return self.v


u = V(3)
print(u * 2.0 + b)
b = np.arange(11) * 0.25 + 1.0

# Comparisons kept as owned arrays, reflected comparisons.
total = 0
for k in range(5):
    mask = d > float(k)
    total += int(mask.sum())
    w = 1.0 < d
    total += int(w.sum())
print(total)
print(0.5 < a, a >= b, a == a)

# Results stay independent arrays.
p = a * 2.0 + 1.0
q = p * 1.0 + 0.0
p[0] = 99.0
print(q[0], p[0])
acc = np.zeros(4)
v4 = np.ones(4)
for k in range(3):
    acc = acc * 0.5 + v4 * 2.0
print(acc)

# np.float64 scalars from indexing, in compiled scalar loops: the types and values of NumPy.
v = np.linspace(0.0, 1.0, 7)
s = 0.0
for j in range(1, 7):
    v[j] = v[j - 1] * 0.5 + v[j] * 0.5
    s += v[j]
print(repr(s), type(s).__name__)
h = v[2] * 0.1 + v[3]
print(repr(h), repr(v[1] * 2 - v[2]), repr(-v[1] * v[2]), repr(0.25 * v[4] + 1.5))
print(repr(v[0] / v[0] + 1.0), repr(v[1] / 0.0 * 2.0), repr(1.0 / v[0] - 1.0))
print(repr(v[1] + 2 + 0.5), repr(v[1] * True + 0.5))
try:
    print(1.5 / 0.0 * v[1])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
iv = np.arange(5)
print(repr(iv[2] * 0.5 + 1.0), repr(iv[2] * 3 + 1), repr(iv[3] / iv[2] + 0.5))
acc2 = 0.0
for j in range(7):
    acc2 += v[j] * 0.1
    acc2 -= v[j] * v[j]
print(repr(acc2), type(acc2).__name__)

# Long arrays (unrolled loops, their tails, comparisons four at a time) with a NaN.
big = np.linspace(-1.0, 1.0, 203)
big[7] = np.nan
fz = big * 2.0 + big * big
print(fz[:9], fz[-3:], int(np.isnan(fz).sum()))
cmp = big > 0.25
print(int(cmp.sum()), int((0.25 < big).sum()), int((big <= 0.0).sum()), int((big >= -0.5).sum()), int((big < 0.1).sum()))
print(cmp[:12], cmp[195:])
print(int((big[3:150] > 0).sum()), int((big > 0)[1:].sum()), int((big > 0)[5:-2].sum()))
print(np.maximum(big, 0.0)[:10], np.sqrt(np.abs(big[:200])) * 1.0 + big[1:201])


# Elements of float64 vectors in scalar arithmetic (read as raw doubles by pyjs).
def elems(xs, ys, lst, n):
    out = np.zeros(n)
    acc = 0.0
    for j in range(n):
        acc += xs[j] * lst[j % 3]
        out[j] = xs[j - 1] * 0.5 + ys[j] / 4.0 - xs[-1]
        acc -= out[j] / xs[j]
    return acc, out


xs = np.linspace(0.5, 2.0, 6)
print(elems(xs, np.arange(6.0), [0.1, 0.8, 0.1], 6))
print(elems(xs, [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [0.5, 1, 2], 6))
print(elems(np.arange(1, 7), np.arange(6), [1, 2, 3], 6))
r1, r2 = elems(np.array([1.0, 0.0, 2.0]), np.zeros(3), [1.0, 1.0, 1.0], 3)
print(repr(r1), r2)
try:
    elems(xs, np.arange(6.0), [0.1, 0.8, 0.1], 7)
except IndexError as ex:
    print("IndexError", ex)
m2 = np.arange(6.0).reshape(2, 3)
try:
    print(m2[0] * 2.0 + m2[1])
    print(elems(m2, xs, [1.0, 2.0, 3.0], 2))
except Exception as ex:
    print(type(ex).__name__)


class Loud:
    def __init__(self, vals):
        self.vals = vals

    def __getitem__(self, k):
        print("get", k)
        return self.vals[k]


lv = Loud([1.5, 2.5, 3.5])
k1 = 1
print(lv[k1] * 2.0 + xs[k1] - lv[k1 - 1])
tot = xs[0]
tot += lv[2] * xs[1]
print(repr(tot))
