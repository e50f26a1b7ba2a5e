# Cycling through print options on the same data, as a notebook would.
import numpy as np

data = np.array([[1.0, -2.5, 3.14159265358979], [1e-5, 123456.789, -0.0], [2.0 / 3.0, 1e8, 7.0]])
ints = np.arange(-6, 6).reshape(3, 4)
flags = ints % 3 == 0

print("default")
print(data)
print(repr(data))
print(ints)
print(repr(flags))

for prec in (2, 4, 6):
    np.set_printoptions(precision=prec)
    print("precision", prec)
    print(data)
    print(data[0])

np.set_printoptions(precision=3, suppress=True)
print("suppress")
print(data)
print(repr(data * 1e-9))
print(np.array([1e-10, 1.0, 1e10]))

np.set_printoptions(precision=8, suppress=False)
print("back to default")
print(np.array([1e-10, 1.0, 1e10]))
print(np.array([0.1, 0.25, 1e-4]))
print(np.array([0.1, 0.25, 1e-5]))

np.set_printoptions(linewidth=40)
print("linewidth 40")
print(np.linspace(0, 1, 12))
print(repr(np.arange(20)))
print(np.arange(20).reshape(2, 10) * 1000)

np.set_printoptions(linewidth=75, threshold=10, edgeitems=2)
print("threshold 10 edgeitems 2")
print(np.arange(30))
print(np.arange(30).reshape(5, 6))
print(repr(np.arange(30.0).reshape(5, 6) / 7))
print(np.arange(8))
print(np.arange(11))

np.set_printoptions(threshold=1000, edgeitems=3)
opts = np.get_printoptions()
print(opts["precision"], opts["threshold"], opts["edgeitems"], opts["linewidth"], opts["suppress"])
print(np.arange(1001)[:5], np.arange(1001).size)
big = np.arange(1001)
print(big)
print(repr(big.reshape(7, 143)[:, :4]))

with np.printoptions(precision=1, suppress=True):
    print("context", data)
print("after", data[1])
