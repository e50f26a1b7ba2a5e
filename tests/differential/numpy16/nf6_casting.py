import numpy as np
ts = [np.bool_, np.uint8, np.uint16, np.uint32, np.uint64, np.int8, np.int16, np.int32, np.int64, np.float32, np.float64, bool, int, float, "i4", "f8", "u1"]
for c in ["safe", "same_kind", "no", "equiv", "unsafe"]:
    print(c)
    for f in ts:
        print(str(f).ljust(30), "".join("1" if np.can_cast(f, t, c) else "." for t in ts))
print(np.can_cast(np.arange(3), np.float32), np.can_cast(np.dtype("int16"), "int8", "same_kind"))
a = np.array([1.5, -2.5])
for t, c in [(int, "safe"), (np.float32, "same_kind"), (np.float32, "safe"), (np.int8, "same_kind"), (bool, "same_kind"), (np.int64, "unsafe"), (float, "no"), (np.float64, "equiv")]:
    try:
        print(a.astype(t, casting=c))
    except TypeError as e:
        print("TypeError:", e)
b = np.array([1, 2], dtype=np.int16)
for t, c in [(np.int8, "safe"), (np.int32, "safe"), (np.uint16, "same_kind"), (np.float32, "safe"), (np.uint8, "same_kind")]:
    try:
        print(b.astype(t, casting=c))
    except TypeError as e:
        print("TypeError:", e)
try:
    np.can_cast(np.int8, np.int16, "bad")
except ValueError as e:
    print(e)
