# Printing of every result kind: 0-d..3-d arrays of each dtype, empty shapes, repr vs str, nested in containers.
import numpy as np

items = [np.array(2.5), np.array(-3), np.array(False), np.arange(3.0), np.arange(-2, 2), np.array([True, False]),
         np.zeros((2, 0)), np.zeros((0,), dtype=int), np.ones((1, 1, 1)), np.arange(8).reshape(2, 2, 2) * 1.5,
         np.array([[1e-5, 1.0], [1e5, 3.0]]), np.array([1e16, 1.0]), np.array([[np.nan, np.inf], [-np.inf, 0.0]]),
         np.array([0.1, 0.25, 1 / 3]), np.array([-0.0, 0.0]), np.array([123456789.0, 0.5]), np.full((2, 3), -7)]
for it in items:
    print(it)
    print(repr(it))
    print(str(it.shape), it.dtype, it.ndim)
print([np.float64(1.5), np.int64(2), np.bool_(True)], (np.float64(0.1),), {"k": np.int64(3)})
print([np.arange(2), np.ones(2)])
print({"a": np.array([1.0, 2.0])}, (np.zeros(2, dtype=bool),))
print(str(np.float64(1e16)), str(np.float64(1.23456789012e-7)), repr(np.float64(123456789012345.6)))
print(np.array([1.5, 2.5]).__str__(), np.array([1, 2]).__repr__())
print(f"{np.arange(3)}", "%s" % np.array([0.5]), "{}".format(np.array([[1, 2]])), f"{np.array(7.0)!r}")
print(np.array2string(np.array([1.23456, 2.0]), precision=2), np.array2string(np.arange(4), separator=", "))
print(np.array2string(np.array([[1.0, 2.5], [3.0, 4.0]]), separator=","))
print(np.array_repr(np.array([1.0, 2.0])), np.array_str(np.array([[1, 2], [3, 4]])))
print(np.arange(1200).reshape(40, 30)[::13, ::7])
print(np.arange(2000))
print(np.linspace(0, 1, 1001)[-3:], np.arange(1001.0).reshape(7, 143)[:, :2].T)
with np.printoptions(precision=3, suppress=True):
    print(np.array([1e-9, 1.23456789, 1e4]))
print(np.array([1e-9, 1.23456789, 1e4]))
np.set_printoptions(precision=4)
print(np.array([np.pi, np.e]), np.float64(np.pi), repr(np.array([np.pi])))
np.set_printoptions(precision=8)
print(np.array([[0.00001234, 100.0]]), np.array([1.0, 2.0]) / 3)
