# Comparisons with None, strings and lists; == / != elementwise; array_equal/array_equiv and truth values.
import numpy as np

a = np.array([1.0, 2.0, np.nan, 4.0])
print(a == None, a != None)
print(None == a, np.array([1, 2]) == None)
print(a is None, a is not None)
print(a == [1, 2, 3, 4], a != (1.0, 0.0, 0.0, 4.0))
print(a == a, np.array_equal(a, a), np.array_equal(a, a, equal_nan=True))
print(np.array_equal([1, 2], [1, 2]), np.array_equal([1, 2], [1, 2, 3]), np.array_equal(np.ones((2, 2)), np.ones(4)))
print(np.array_equiv([1, 2], [[1, 2], [1, 2]]), np.array_equiv([1, 2], [1, 3]))
i = np.array([3, 4, 5])
print(i == 4, 4 == i, i == 4.0, i > 3.5, 3.5 < i, i == True)
print(i == "a" if False else (i == i.astype(float)))
try:
    print(i == np.array([1, 2]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(i < np.array([1, 2]))
except Exception as e:
    print(type(e).__name__, e)
try:
    if i > 2:
        print("yes")
except Exception as e:
    print(type(e).__name__, e)
print(bool(np.array([0])), bool(np.array([[7]])), not np.array([0.0]))
if (i > 2).all():
    print("all above 2")
if (i > 4).any():
    print("some above 4")
b = i > 3
print(b & (i < 5), b | (i == 3), ~b, b ^ True, b == False)
print(np.logical_and(b, i < 5), np.logical_or(b, False), np.logical_xor(b, [1, 0, 0]), np.logical_not(i))
m = np.array([[1, 2], [3, 4]])
print(m == m.T, (m == m.T).all(), np.all(m == m.T, axis=0), (m > 1).tolist())
print(np.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, np.float64(0.1) + 0.2 == 0.3)
print(np.equal(i, 4), np.not_equal(i, [3, 0, 5]), np.greater_equal(i, 4), np.less(i, 5))
print(np.maximum(a, 2), np.fmax(a, 2), np.minimum(a, 2), np.fmin(a, 2))
print(np.nan == np.nan, np.isnan(np.nan), np.inf > 1e308, -np.inf < 0)
x = np.float64(3.0)
print(x == 3, x != 3, x == None, x is None, x in [3], x in np.array([1.0, 3.0]))
print(2 in i, 7 in i, 4.0 in i, [i == 3][0].dtype)
print(sorted([np.float64(2.5), 1, np.int64(2)]), max(np.int64(3), 2.5))
print(i.tolist() == [3, 4, 5], list(i) == [3, 4, 5], (i == [3, 4, 5]).all())
