# set_printoptions(legacy="1.25"): NumPy 1 scalar reprs, restored by printoptions and legacy=False.
import numpy as np
a = np.array([1.5, 2.0])
print(repr(a[0]), [a[0], a.sum()], {"m": np.mean(a)})
np.set_printoptions(legacy="1.25")
print(repr(a[0]), [a[0], a.sum(), np.int64(3), np.True_], {"m": np.mean(a)}, repr(a))
np.set_printoptions(precision=3)
print(np.get_printoptions()["legacy"], repr(np.float64(1.5)), repr(np.complex128(1 + 2j)), repr(np.str_("a")), repr(np.float32(0.25)), repr(np.int8(3)), repr(np.array(2.5)), str(np.float64(2.5)))
print(repr(np.array([1.5, 2])), np.array(["a"]), repr(np.array(["a"])), [np.array([1, 2])[0], np.float32(1.5)], (np.argmax(a), np.max(a)))
with np.printoptions(legacy=False):
    print(repr(np.float64(1.5)))
print(repr(np.float64(1.5)), np.get_printoptions()["legacy"])
np.set_printoptions(legacy=False)
print(repr(a[0]), np.get_printoptions()["legacy"])
