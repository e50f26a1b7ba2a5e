# allclose/isclose with rtol/atol/equal_nan, array_equal/array_equiv, with infs.
import numpy as np

a = np.array([1.0, 1e-8, np.nan, np.inf, -np.inf, 0.0, 1e10])
b = np.array([1.0 + 1e-9, 2e-8, np.nan, np.inf, np.inf, -0.0, 1.00001e10])
print(repr(np.isclose(a, b)))
print(repr(np.isclose(a, b, equal_nan=True)))
print(repr(np.isclose(a, b, rtol=0, atol=1e-8)))
print(repr(np.isclose(a, b, rtol=1e-3, atol=0, equal_nan=True)))
print(np.allclose(a, b), np.allclose(a, b, equal_nan=True))
print(np.allclose(a[:2], b[:2]), np.allclose(a[[0, 5]], b[[0, 5]], rtol=0, atol=0))
print(repr(np.isclose(1.0, 1.0 + 1e-6)), repr(np.isclose(1.0, 1.0 + 1e-6, rtol=1e-7)))
print(repr(np.isclose(np.array([[1, 2], [3, 4]]), np.array([1, 2.0000001]))))
print(np.allclose(np.array([1, 2, 3]), np.array([1, 2, 3])), np.allclose(3, [3.0, 3.0 + 1e-12]))
print(np.array_equal(np.array([1, 2]), np.array([1.0, 2.0])), np.array_equal(a, a))
print(np.array_equal(a, a, equal_nan=True), np.array_equal(np.array([1, 2]), np.array([[1, 2]])))
print(np.array_equiv(np.array([1, 2]), np.array([[1, 2], [1, 2]])), np.array_equiv([1, 2], [1, 3]))
print(type(np.allclose(a, b)).__name__, type(np.array_equal(a, b)).__name__)
try:
    np.isclose(np.array([1, 2, 3]), np.array([1, 2]))
except ValueError as e:
    print("ValueError", e)
x = np.linspace(0, 1, 5)
print(np.allclose(np.sin(x) ** 2 + np.cos(x) ** 2, 1.0), np.isclose(0.1 + 0.2, 0.3))
print(repr(np.isclose(np.array([np.nan, 1.0]), np.nan, equal_nan=True)))
