# NumPy 2 promotion (NEP 50): result_type of dtype pairs and of arrays with Python scalars.
import numpy as np

types = [np.bool_, np.uint8, np.int8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.float32, np.float64]
names = [np.dtype(t).name for t in types]
print("        " + " ".join(f"{n[:7]:>7}" for n in names))
for t in types:
    row = [np.result_type(t, u).name for u in types]
    print(f"{np.dtype(t).name:>7} " + " ".join(f"{r[:7]:>7}" for r in row))
for t in [np.uint8, np.int16, np.int32, np.float32]:
    a = np.array([1, 2], dtype=t)
    print(np.dtype(t).name, (a + 1).dtype, (a + 1.5).dtype, (a * 2).dtype, (a / 2).dtype, (a + np.float64(1)).dtype, (a + np.int64(1)).dtype)
print(np.promote_types(np.uint8, np.int8), np.promote_types("int16", "float32"), np.promote_types(np.uint32, np.int32))
print((np.array([1, 2], dtype=np.uint8) + np.array([1, 2], dtype=np.int8)).dtype)
print((np.array([1.5], dtype=np.float32) + np.array([1.5])).dtype)
print((np.array([1], dtype=np.int32) + np.array([1], dtype=np.float32)).dtype)
print((np.array([1], dtype=np.int16) + np.array([1], dtype=np.float32)).dtype)
print((np.arange(3) + np.float32(1.5)).dtype, (np.arange(3.0) + np.float32(1.5)).dtype)
