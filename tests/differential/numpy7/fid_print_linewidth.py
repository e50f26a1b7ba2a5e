# Line wrapping of long rows, linewidth option and array2string arguments.
import numpy as np

x = np.linspace(0, 10, 23)
print(x)
print(repr(x))
print(np.arange(40))
print(repr(np.arange(40)))
print(np.arange(30) * 1000)
m = np.arange(60.0).reshape(3, 20) / 7
print(m)
print(repr(m))
b = np.arange(30) % 4 == 0
print(b)
print(repr(b))
np.set_printoptions(linewidth=40)
print(x)
print(np.arange(25))
print(m[:2, :8])
np.set_printoptions(linewidth=75)
print(np.array2string(x, separator=", "))
print(np.array2string(x, max_line_width=30))
print(np.array2string(np.arange(20), max_line_width=25, separator=","))
print(np.array2string(m[:, :6], separator="; ", precision=2))
print(np.array2string(np.arange(12).reshape(3, 4), prefix="M = "))
print("M = " + np.array2string(np.arange(12).reshape(3, 4), prefix="M = "))
print(np.array2string(np.array([1.5, np.nan, -np.inf]), separator=" | "))
print(np.array2string(np.array([True, False, True])))
print(np.array2string(np.array(3.5)))
print(np.array2string(np.array([1e-9, 1.0]), suppress_small=True))
print(np.array2string(np.linspace(0, 1, 5), floatmode="fixed", precision=3))
t = np.arange(48).reshape(2, 3, 8) * 11111
print(t)
with np.printoptions(linewidth=50):
    print(t)
