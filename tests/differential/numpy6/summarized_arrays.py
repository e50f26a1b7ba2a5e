# Summarised printing of large arrays (> 1000 elements) in 1-D, 2-D and 3-D.
import numpy as np

a = np.arange(2000)
print(a)
print(repr(a))
f = np.linspace(0.0, 1.0, 1001)
print(f)
print(repr(f))
m = np.arange(1200).reshape(40, 30)
print(m)
print(repr(m.astype(float) / 7))
b = np.arange(3000) % 3 == 0
print(b)
t = np.arange(2 * 30 * 30).reshape(2, 30, 30)
print(t)
big = np.arange(10000).reshape(100, 100) * 1.5
print(big)
print(big[:5, :5])
neg = -np.arange(1500.0) ** 1.5
print(neg)
np.set_printoptions(threshold=50)
print(np.arange(60))
print(np.arange(49))
np.set_printoptions(threshold=1000, edgeitems=2)
print(np.arange(1100))
print(np.arange(1100).reshape(11, 100))
np.set_printoptions(edgeitems=3)
s = np.array2string(np.arange(1500), separator=", ")
print(s)
print(np.array2string(np.arange(20.0) / 3, precision=2, separator=","))
