# Machine limits of small dtypes with np.iinfo / np.finfo, used to saturate conversions.
import numpy as np

for t in [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32]:
    info = np.iinfo(t)
    print(t.__name__, info.min, info.max, info.bits, info.dtype)
fi = np.finfo(np.float32)
print(fi.eps, fi.max, fi.min, fi.tiny, fi.bits, fi.dtype, repr(fi.eps), fi.resolution)
print(np.finfo(np.float64).eps, np.finfo(np.float32).eps < np.finfo(np.float64).eps)
vals = np.array([-500.7, -3.2, 0.0, 99.9, 300.0, 70000.0])
for t in [np.int8, np.uint8, np.int16]:
    lo, hi = np.iinfo(t).min, np.iinfo(t).max
    print(t.__name__, np.clip(vals, lo, hi).astype(t))
x = np.float32(1.0)
print(x + fi.eps > x, x + fi.eps / 2 > x, np.float32(fi.max) * np.float32(1.0))
