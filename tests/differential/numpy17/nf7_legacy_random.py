# legacy RandomState API after seed: every function incl. choice p= and replace=False.
import numpy as np

np.random.seed(2024)
print(repr(np.random.rand()), repr(np.random.rand(3)), repr(np.random.rand(2, 2)))
print(repr(np.random.randn(4)), repr(np.random.randn(2, 3)))
print(repr(np.random.random()), repr(np.random.random(3)), repr(np.random.random((2, 2))))
print(repr(np.random.randint(10)), repr(np.random.randint(5, 15, size=6)))
print(repr(np.random.randint(-3, 3, size=(2, 4))), repr(np.random.randint(0, 2 ** 40, size=3)))
print(repr(np.random.normal()), repr(np.random.normal(5.0, 0.1, 4)), repr(np.random.normal(size=(2, 2))))
print(repr(np.random.normal([0, 10, 100], [1, 2, 3])))
print(repr(np.random.uniform()), repr(np.random.uniform(-1, 1, 5)), repr(np.random.uniform(2, 3, (2, 3))))
print(repr(np.random.choice(5)), repr(np.random.choice(5, 3)), repr(np.random.choice(10, 4, replace=False)))
print(repr(np.random.choice([3, 1, 4, 1, 5], size=(2, 3))))
p = [0.1, 0.2, 0.3, 0.4]
print(repr(np.random.choice(4, 10, p=p)), repr(np.random.choice(["a", "b", "c", "d"], 5, p=p)))
print(repr(np.random.choice(4, 3, replace=False, p=p)))
print(repr(np.random.choice(np.array([1.5, 2.5, 3.5]), 2, replace=False)))
a = np.arange(10)
np.random.shuffle(a)
print(repr(a))
m = np.arange(12).reshape(4, 3)
np.random.shuffle(m)
print(repr(m))
lst = [1, 2, 3, 4, 5]
np.random.shuffle(lst)
print(lst)
print(repr(np.random.permutation(8)), repr(np.random.permutation(np.array([[1, 2], [3, 4], [5, 6]]))))
print(repr(np.random.permutation([0.5, 1.5, 2.5])))
print(repr(np.random.randint(3, size=5, dtype=np.int64)))
st = np.random.get_state()
x1 = np.random.rand(2)
np.random.set_state(st)
print(np.array_equal(x1, np.random.rand(2)))
rs = np.random.RandomState(7)
print(repr(rs.rand(2)), repr(rs.randint(0, 100, 3)), repr(rs.choice(6, 2, replace=False)))
print(repr(rs.normal(0, 1, (2, 2))), repr(rs.uniform(size=2)), repr(rs.permutation(4)))
try:
    np.random.choice(3, 5, replace=False)
except ValueError as e:
    print("ValueError", e)
try:
    np.random.choice(3, 2, p=[0.5, 0.6, 0.1])
except ValueError as e:
    print("ValueError", e)
