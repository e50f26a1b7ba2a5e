import numpy as np
a = np.array([1.25, 2.5])
print("a =", a)
print(f"{a}")
print("values: " + str(a))
print("{}".format(np.arange(3)))
print(f"{a[0]} {a[0]!r} {a.sum():.2f} {a.mean():10.3f}|")
print(str(np.float64(3.0)), str(np.int64(-4)), str(np.True_))
print([np.float64(0.5)], (np.int64(1), np.float64(2)), {"k": np.float64(1.0)})
