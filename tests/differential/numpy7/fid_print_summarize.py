# Summarisation ("...") of arrays over the threshold in 1-D, 2-D and 3-D, floats and bools.
import numpy as np

r = np.linspace(-1.0, 1.0, 1500)
print(r)
print(repr(r[:4]))
print(np.arange(1001) * 0.5)
print(np.arange(1000) * 0.5)
g = np.arange(2400).reshape(60, 40) / 3.0
print(g)
print(repr(g))
h = np.arange(3 * 20 * 20).reshape(3, 20, 20) % 7 == 0
print(h)
cube = np.arange(12 * 10 * 10).reshape(12, 10, 10) - 600
print(cube)
tall = np.arange(2000).reshape(1000, 2)
print(tall)
wide = np.arange(2000).reshape(2, 1000)
print(wide)
print(repr(wide))
np.set_printoptions(edgeitems=1)
print(g)
print(cube)
np.set_printoptions(edgeitems=4, threshold=20)
print(np.arange(21))
print(np.arange(20))
print(np.arange(30).reshape(5, 6))
np.set_printoptions(edgeitems=3, threshold=1000)
with np.printoptions(threshold=5):
    print(np.eye(4))
    print(np.array2string(np.arange(10.0), threshold=5, edgeitems=2))
print(np.array2string(np.arange(2000), threshold=100, edgeitems=2, separator=", "))
