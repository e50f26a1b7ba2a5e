# Integer and float division by zero in arrays: values, errstate, seterr return values.
import numpy as np

a = np.array([7, -7, 0, 5, -3])
z = np.array([0, 0, 0, 2, -2])
print("int // 0", a // z)
print("int % 0", a % z)
print("divmod", np.divmod(a, z))
print("fmod", np.fmod(a, z), np.remainder(a, z))
print("true div", a / z)
f = a.astype(float)
print("float / 0", f / z, f / 0.0)
print("float // 0", f // z, f % z)
print("float fmod", np.fmod(f, z))
print("neg zero", f / -0.0, np.float64(1.0) / np.array([0.0, -0.0]))
print("--- scalar cases")
with np.errstate(divide="ignore", invalid="ignore"):
    print(np.int64(5) // np.int64(0), np.int64(5) % np.int64(0), np.float64(1) / np.float64(0), np.float64(0) / np.float64(0))
    print(np.array(5) // 0, np.int32(9) // np.int32(0))
print("--- errstate context")
with np.errstate(all="ignore"):
    r = np.log(np.array([1.0, 0.0, -1.0]))
    print(r, np.sqrt(np.array([-4.0, 4.0])), np.arccos(np.array([2.0, 0.5])))
old = np.seterr(all="ignore")
print(sorted(old.items()))
print(sorted(np.geterr().items()))
np.seterr(**old)
print(sorted(np.geterr().items()))
with np.errstate(divide="ignore", invalid="warn"):
    print(sorted(np.geterr().items()))
    with np.errstate(all="ignore"):
        print(sorted(np.geterr().items()), np.array([1.0, -1.0, 0.0]) / 0.0)
    print(sorted(np.geterr().items()))
print(sorted(np.geterr().items()))
try:
    np.seterr(divide="sometimes")
except ValueError as e:
    print("ValueError:", e)
print(sorted(np.seterr(over="ignore", under="warn").items()), sorted(np.seterr(over="warn", under="ignore").items()))
print("after", np.array([1.0]) / np.array([0.0]))
print("--- int power and negative exponents")
try:
    print(np.array([2, 3]) ** np.array([-1, 2]))
except ValueError as e:
    print("ValueError:", e)
print(np.array([2, 3]) ** 2, np.array([2.0, 3.0]) ** -1, np.int64(2) ** 10)
print("--- mean of empty")
with np.errstate(invalid="ignore", divide="ignore"):
    print(np.array([1, 2, 3]).sum() / np.array([0, 0]).sum() if False else np.float64(6) / np.array([0]).sum())
print("--- int overflow in // of min value")
m = np.array([-2**63 + 0, 4], dtype=np.int64)
print(m.dtype, (np.array([-8, 8], dtype=np.int8) // np.array([-1, -1], dtype=np.int8)))
