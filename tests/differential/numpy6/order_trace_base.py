# Fortran-order reshape/ravel, trace/diagonal over 3-D stacks, view bases, chained comparisons.
import numpy as np

a = np.arange(12).reshape(3, 4)
print("F reshape:")
print(a.reshape(4, 3, order="F"))
print(np.reshape(a, (2, -1), order="F"))
print("ravel F:", a.ravel("F"), np.ravel(a, order="F"))
print("flatten F:", a.flatten(order="F"), "T ravel A:", a.T.ravel("A"), a.T.ravel(order="K"))
cols = a.ravel(order="F").reshape(4, 3)
print("columns as rows:")
print(cols)
try:
    a.reshape(12, order="Z")
except ValueError as e:
    print("ValueError:", e)

stack = np.arange(2 * 3 * 3).reshape(2, 3, 3).astype(float)
print("stack traces:", np.trace(stack, axis1=1, axis2=2))
print("trace default axes:", np.trace(stack))
print("diagonals:")
print(stack.diagonal(axis1=1, axis2=2))
print(np.diagonal(stack, 1, 1, 2))
print("offset traces:", np.trace(stack[0], offset=1), stack[1].trace(-1))
try:
    np.trace(np.arange(4))
except ValueError as e:
    print("ValueError:", e)

base = np.arange(10.0)
v = base[2:8]
w = v[::2]
r = base.reshape(2, 5)
c = base.copy()
print("bases:", v.base is base, w.base is base, r.base is base, c.base is None, base.base is None)
print("T of reshape:", r.T.base is base, "fancy:", base[[1, 2]].base is None, "mask:", base[base > 3].base is None)
tmp = np.arange(6).reshape(2, 3)
print("reshape of temporary has base:", tmp.base is not None, tmp.base)
w[0] = -1.0
print("write through two views:", base)

x = np.float64(0.25)
inside = 0 <= x < 1
print("chained value:", repr(inside), repr(0 < x > 1), repr(np.int64(3) == 3 == 3.0))
lo, hi = np.float64(-1.0), np.float64(1.0)
vals = np.array([-2.0, -0.5, 0.0, 0.75, 3.0])
flags = [bool(lo < v_ < hi) for v_ in vals]
print("in band:", flags, sum(1 for v_ in vals if lo < v_ < hi))
print("numpy band:", (lo < vals) & (vals < hi))
