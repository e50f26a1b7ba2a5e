# einsum views, writes through them, and the error messages NumPy gives.
import numpy as np

m = np.arange(9.0).reshape(3, 3)
d = np.einsum("ii->i", m)
print("diagonal view:", d)
d[1] = -1.0
print(m)
t = np.einsum("ij->ji", m)
t[0, 2] = 100.0
print(m)
print("copy from a two-operand einsum does not alias")
c = np.einsum("ij,jk->ik", m, np.eye(3))
c[0, 0] = 555.0
print(m[0, 0], c[0, 0])

cases = [
    ("ij,jk->ik", (np.ones((2, 3)), np.ones((4, 3)))),
    ("ijk->", (np.ones((2, 3)),)),
    ("ij->", (np.ones((2, 3)), np.ones((2, 3)))),
    ("ij,jk", (np.ones((2, 3)),)),
    ("ij->ik", (np.ones((2, 3)),)),
    ("i->i", (np.ones((2, 3)),)),
    ("ii->i", (np.ones((2, 3)),)),
    ("i,i", (np.ones(3), np.ones(4))),
    ("ij->jj", (np.ones((2, 3)),)),
    ("i.j", (np.ones((2, 3)),)),
    ("i1->", (np.ones((2, 3)),)),
]
for spec, ops in cases:
    try:
        r = np.einsum(spec, *ops)
        print(spec, "->", r)
    except ValueError as e:
        print(spec, "ValueError:", e)

print("broadcasting of size-1 dimensions")
a = np.arange(3.0).reshape(3, 1)
b = np.arange(4.0).reshape(1, 4)
print(np.einsum("ij,ij->ij", a, b))
print("scalars")
print(np.einsum("...,...", 3, np.arange(3)))
print(np.einsum(",i->i", 2.0, np.arange(3.0)))
print("booleans")
x = np.array([True, False, True])
y = np.array([True, True, False])
print(repr(np.einsum("i,i", x, y)))
print(np.einsum("i,j->ij", x, y))
print("negative zero")
print(np.einsum("i,j->ij", np.array([-0.0, 1.0]), np.array([1.0, -2.0])))
print("empty operand")
print(np.einsum("ij->i", np.zeros((3, 0))))
print(np.einsum("i,i", np.zeros(0), np.zeros(0)))
