# Caret lines under subscript loads, stores and deletions.
import traceback


def tb():
    return traceback.format_exc().replace(__file__, "tb7_subscripts.py")


def store(x, i, v):
    x[i] = v
    return x


def delete(d, k):
    del d[k]
    return d


def load(d, k):
    value = d[k] + 1
    return value


def nested(grid, i, j):
    return grid[i][j] * 2


def slice_store(t):
    t[1:2] = [0]
    return t


try:
    store([1, 2], 5, 0)
except IndexError:
    print(tb())
try:
    store((1, 2), 0, 0)
except TypeError:
    print(tb())
try:
    delete({"a": 1}, "b")
except KeyError:
    print(tb())
try:
    load({"a": 1}, "zz")
except KeyError:
    print(tb())
try:
    nested([[1, 2], [3]], 1, 1)
except IndexError:
    print(tb())
try:
    slice_store("abc")
except TypeError:
    print(tb())
items = [1, 2, 3]
try:
    items[10] = 4
except IndexError:
    print(tb())
try:
    del items[7]
except IndexError:
    print(tb())
