import numpy as np
for t in [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64, int]:
    print(np.iinfo(t))
    print(repr(np.iinfo(t)), np.iinfo(t).min, np.iinfo(t).max, np.iinfo(t).bits)
for t in [np.float32, np.float64, float]:
    print(np.finfo(t))
    print(repr(np.finfo(t)), np.finfo(t).eps, np.finfo(t).tiny, np.finfo(t).resolution, np.finfo(t).precision, np.finfo(t).bits)
print(str(np.iinfo(np.int32)).splitlines()[0], f"{np.iinfo(np.int8)!r}")
