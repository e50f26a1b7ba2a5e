# Assignment through fancy indexes with repeated indices, np.add.at, and histogram counting.
import numpy as np

a = np.zeros(5)
idx = np.array([0, 1, 1, 3, 3, 3])
a[idx] += 1
print(a)
b = np.zeros(5)
np.add.at(b, idx, 1)
print(b)
c = np.arange(6.0)
c[[0, 0, 2]] = [10.0, 20.0, 30.0]
print(c)
d = np.zeros((3, 3))
d[[0, 0, 1], [1, 1, 2]] += 5
print(d)
e = np.zeros((3, 3), dtype=int)
np.add.at(e, ([0, 0, 1], [1, 1, 2]), 5)
print(e)
f = np.arange(10)
f[[1, 3, 1]] -= 100
print(f)
g = np.ones(4)
g[[2, 2]] *= 3
print(g)
np.multiply.at(g, [2, 2], 3)
print(g)
counts = np.zeros(4, dtype=int)
labels = np.array([3, 1, 1, 0, 3, 3, 2])
np.add.at(counts, labels, 1)
print(counts, np.bincount(labels), np.bincount(labels, minlength=6))
print(np.bincount(labels, weights=np.arange(7.0)))
h = np.zeros((2, 4))
h[:, [0, 0, 3]] = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(h)
m = np.arange(12).reshape(3, 4)
m[[0, 2]] = m[[2, 0]]
print(m)
m[:, [1, 3]] = m[:, [3, 1]]
print(m)
v = np.arange(5)
v[[4, 3, 2, 1, 0]] = v
print(v)
w = np.arange(8.0)
w[w > 3] = w[w > 3][::-1]
print(w)
np.maximum.at(w, [0, 0, 1], [5.0, 2.0, -1.0])
print(w)
