# astype with casting: nan/inf to int, floats to small ints, bool casts, casting= rules and errors.
import numpy as np

x = np.array([1.9, -1.9, 0.5, -0.5, 2.5, 1e3, -7.999])
print(x.astype(np.int64), x.astype(np.int32), x.astype(np.int16), x.astype(np.uint8))
print(x.astype(bool), x.astype(np.float32), x.astype(np.float32).astype(np.float64))
print(np.trunc(x), np.fix(x), np.rint(x), np.floor(x).astype(int))
fin = np.array([0.0, -0.0, 1.0, np.inf, -np.inf, np.nan])
print("isfinite", np.isfinite(fin), "bool", fin.astype(bool))
print("nan_to_num", np.nan_to_num(fin), np.nan_to_num(fin, nan=-1.0, posinf=99.0, neginf=-99.0))
safe = np.nan_to_num(fin, nan=0, posinf=1000, neginf=-1000).astype(np.int64)
print("safe ints", safe, safe.dtype)
print("--- can_cast")
for a, b2 in [(np.int64, np.float64), (np.float64, np.int64), (np.int32, np.int64), (np.int64, np.int32), (np.bool_, np.int8), (np.float32, np.float64), (np.float64, np.float32), (np.uint8, np.int16)]:
    print(np.dtype(a).name, "->", np.dtype(b2).name, np.can_cast(a, b2), np.can_cast(a, b2, casting="same_kind"), np.can_cast(a, b2, casting="unsafe"))
print("--- astype casting=")
y = np.array([1.5, 2.5, 3.5])
for c in ["no", "equiv", "safe", "same_kind", "unsafe"]:
    try:
        print(c, y.astype(np.int64, casting=c))
    except TypeError as e:
        print(c, "TypeError:", e)
for c in ["safe", "same_kind"]:
    try:
        print(c, y.astype(np.float32, casting=c))
    except TypeError as e:
        print(c, "TypeError:", e)
    try:
        print(c, np.array([1, 2]).astype(np.float64, casting=c))
    except TypeError as e:
        print(c, "TypeError:", e)
print("--- in-place ufunc casting errors")
z = np.array([1, 2, 3])
try:
    z += 1.5
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    z *= np.array([0.5, 0.5, 0.5])
except Exception as e:
    print(type(e).__name__ + ":", e)
z[0] = 7.9
z[1:] = [2.2, -3.7]
print(z, z.dtype)
w = np.zeros(3, dtype=np.int32)
w[:] = np.array([1.99, -1.99, 100.5])
print(w, w.dtype)
b = np.zeros(4, dtype=bool)
b[[0, 2]] = 5
b[3] = 0.0
print(b)
print("--- rounding then casting")
vals = np.linspace(-2, 2, 9)
print(vals, np.round(vals).astype(int), np.ceil(vals).astype(np.int32), np.floor(vals).astype(np.int16))
print(np.around(vals * 1.5, 1), np.round(np.array([0.125, 0.375, 2.675]), 2))
print(int(np.float64(3.99)), int(np.float32(-2.5)), float(np.int32(7)), bool(np.float64(0.0)), bool(np.int64(-3)))
for bad in [np.float64(np.nan), np.float64(np.inf)]:
    try:
        print(int(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print("--- nan/inf cast to int (RuntimeWarning on stderr)")
print(fin.astype(np.int64))
print(fin.astype(np.int32), fin.astype(np.int16), fin.astype(np.uint8))
