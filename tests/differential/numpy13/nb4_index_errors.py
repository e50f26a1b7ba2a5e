# Indexing mistakes a notebook makes, with NumPy's exact error types and messages.
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
v = np.arange(5)

def show(label, f):
    try:
        r = f()
        print(label, "->", r if np.ndim(r) < 2 else np.shape(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

show("v[5]", lambda: v[5])
show("v[-6]", lambda: v[-6])
show("v[10:20]", lambda: v[10:20])
show("v[[1, 7]]", lambda: v[[1, 7]])
show("v[[-6]]", lambda: v[[-6]])
show("v[np.array([True, False])]", lambda: v[np.array([True, False])])
show("v[1.5]", lambda: v[1.5])
show("v['a']", lambda: v["a"])
show("v[None, 2]", lambda: v[None, 2])
show("a[2]", lambda: a[2])
show("a[0, 3]", lambda: a[0, 3])
show("a[0, 0, 4]", lambda: a[0, 0, 4])
show("a[0, 0, 0, 0]", lambda: a[0, 0, 0, 0])
show("a[..., ...]", lambda: a[..., ...])
show("a[[0, 1], [0, 1, 2]]", lambda: a[[0, 1], [0, 1, 2]])
show("a[:, [0, 3]]", lambda: a[:, [0, 3]])
show("a[a > 100]", lambda: a[a > 100])
show("a[np.ones((2, 3), bool)]", lambda: a[np.ones((2, 3), bool)].shape)
show("a[np.ones((3, 3), bool)]", lambda: a[np.ones((3, 3), bool)])
show("a[0][5]", lambda: a[0][5])
show("a.item(30)", lambda: a.item(30))
show("a.item(1, 2, 3)", lambda: a.item(1, 2, 3))
show("np.take(v, 9)", lambda: np.take(v, 9))
show("np.take(v, 9, mode='clip')", lambda: np.take(v, 9, mode="clip"))
show("np.take(v, -7, mode='wrap')", lambda: np.take(v, -7, mode="wrap"))
show("v.reshape(2, 3)", lambda: v.reshape(2, 3))

def set_(arr, key, val):
    arr[key] = val
    return arr

show("set v[7]", lambda: set_(v.copy(), 7, 1))
show("set v[[0, 9]]", lambda: set_(v.copy(), [0, 9], 1))
show("set v[:3] = [1, 2]", lambda: set_(v.copy(), slice(None, 3), [1, 2]))
show("set a[0] = ones(4)", lambda: set_(a.copy(), 0, np.ones(4))[0, 2])
show("set a[0] = ones(3)", lambda: set_(a.copy(), 0, np.ones(3)))
show("set mask count", lambda: set_(v.copy(), v > 2, [1, 2, 3]))
show("set mask ok", lambda: set_(v.copy(), v > 2, [10, 20]))
show("int(v)", lambda: int(v))
show("bool(v)", lambda: bool(v))
