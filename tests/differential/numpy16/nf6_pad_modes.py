import numpy as np
small = np.array([[1, 2], [3, 4]])
for mode in ["linear_ramp", "maximum", "minimum", "mean", "median"]:
    print(mode)
    print(np.pad(small, 2, mode=mode))
    print(np.pad(small * 1.5, ((1, 2), (0, 3)), mode=mode))
a = np.array([1.0, 2.0, 4.0, 7.0, 11.0])
print(np.pad(a, (2, 3), mode="mean", stat_length=2), np.pad(a, (2, 3), mode="median", stat_length=(1, 3)))
print(np.pad(np.arange(6), (2, 3), mode="mean", stat_length=(2, 4)), np.pad(np.array([1, 2]), 1, mode="mean"))
print(np.pad(np.array([1, 2, 2]), 1, mode="mean"), np.pad(np.array([1, 4]), 2, mode="median"))
print(np.pad(np.arange(5), (2, 3), mode="reflect", reflect_type="odd"))
print(np.pad(np.arange(5), (2, 3), mode="symmetric", reflect_type="odd"))
print(np.pad(np.arange(3.0), 7, mode="reflect", reflect_type="odd"))
print(np.pad(np.arange(3.0), 7, mode="symmetric", reflect_type="odd"))
print(np.pad(np.arange(3.0) ** 2, 7, mode="reflect"))
print(np.pad(np.array([[1, 2, 3], [4, 5, 9]]), 2, mode="reflect", reflect_type="odd"))
print(np.pad(np.arange(5), 3, mode="linear_ramp", end_values=(10, -10)))
print(np.pad(np.arange(5.0), 3, mode="linear_ramp", end_values=(10, -10)))
print(np.pad(np.array([[1.0, 2.0], [3.0, 5.0]]), ((2, 1), (1, 3)), mode="linear_ramp", end_values=((0, 1), (2, 3))))
print(np.pad(np.array([[1, 2], [3, 5]]), 3, mode="linear_ramp", end_values=7))
print(np.pad(np.array([5]), 3, mode="linear_ramp"))
print(np.pad(np.ones((2, 3)), ((1, 1), (2, 0)), mode="maximum", stat_length=((1, 2), (1, 1))))
print(np.pad(np.array([1, 2, 3], dtype=np.uint8), 2, mode="edge"), np.pad(np.array([1, 2, 3], dtype=np.uint8), 2).dtype)
print(np.pad(np.array([1.5, 2.25], dtype=np.float32), 1, mode="reflect"))
print(np.pad(np.array([[1, 2]], dtype=np.int16), 1, mode="mean"))
print(np.pad(np.array([0.5, np.nan, 3.0]), 2, mode="maximum"), np.pad(np.array([0.5, np.nan, 3.0]), 2, mode="median"))
try:
    np.pad(np.arange(3), 1, mode="maximum", stat_length=0)
except ValueError as e:
    print(e)
try:
    print(np.pad(np.arange(3), 1, mode="reflect", reflect_type="weird"))
except ValueError as e:
    print(e)
