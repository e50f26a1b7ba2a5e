# Memory order: reshape/ravel with order='C'/'F'/'A'/'K', and which results alias the source.
import numpy as np

a = np.arange(12).reshape(3, 4)
print(a.ravel(order="C"))
print(a.ravel(order="F"))
print(a.T.ravel(order="K"))
print(a.T.ravel(order="A"))
print(a.reshape(4, 3, order="F"))
print(a.reshape((2, 6), order="C"))
print(np.reshape(a, (6, 2), order="F"))
print(a.flatten(order="F"))

print("flags after transposing and slicing")
for name, arr in [("a", a), ("a.T", a.T), ("a[:, ::2]", a[:, ::2]), ("a[::2]", a[::2]), ("copy F", np.array(a, order="F"))]:
    print("%-10s C=%-5s F=%-5s" % (name, arr.flags["C_CONTIGUOUS"], arr.flags["F_CONTIGUOUS"]), arr.strides)

print("ravel of a contiguous array is a view; of a transposed one a copy")
r1 = a.ravel()
r1[0] = 100
print(a[0, 0])
r2 = a.T.ravel()
r2[1] = -1
print(a[1, 0])
r3 = a.T.ravel(order="F")
r3[1] = -2
print(a[0, 1], np.shares_memory(r3, a))

print("reshape with order='F' of a C array copies")
f = a.reshape(4, 3, order="F")
f[0, 0] = 555
print(a[0, 0], np.shares_memory(f, a))

print("Fortran-ordered arrays print the same")
F = np.array(np.arange(6.0).reshape(2, 3), order="F")
print(F, F.sum(axis=0), F.T @ F)
print(np.ascontiguousarray(F.T).flags["C_CONTIGUOUS"])

print("copy(order=...)")
c = a.copy(order="F")
print(c.flags["F_CONTIGUOUS"], c.strides, np.array_equal(c, a))
print(np.array(a, order="F").strides)

print("writing through reshaped views")
b = np.zeros(6)
v = b.reshape(2, 3)
v[1, :] = 7
print(b)
w = v.T
w[0, 0] = 1
print(b)
print("squeeze/expand_dims views")
e = np.expand_dims(b, 0)
e[0, 2] = 9
print(b, e.shape, np.squeeze(e).shape)
