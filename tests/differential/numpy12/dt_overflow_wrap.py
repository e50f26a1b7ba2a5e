# Integer overflow wraps around in small dtypes; Python ints out of range raise OverflowError.
import numpy as np

a = np.array([200, 250, 100], dtype=np.uint8)
print(a + 100, a * 2, a - 201)
print(np.array([120, -120], dtype=np.int8) + 10)
print(np.array([30000], dtype=np.int16) * 2)
print(np.array([65535], dtype=np.uint16) + 1)
print(np.array([4000000000], dtype=np.uint32) + 500000000)
print(np.array([2000000000], dtype=np.int32) + np.array([2000000000], dtype=np.int32))
print(np.array([100000], dtype=np.int32) * np.array([100000], dtype=np.int32))
print(np.uint8(200) + np.uint8(100), np.int8(-128) - np.int8(1), np.int16(-32768) * np.int16(-1))
for bad in [300, -1, 1000]:
    try:
        print(a + bad)
    except OverflowError as e:
        print("OverflowError:", e)
try:
    np.array([256], dtype=np.uint8)
except OverflowError as e:
    print("OverflowError:", e)
try:
    np.uint8(-5)
except OverflowError as e:
    print("OverflowError:", e)
print(a > 300, a == 250, a < -1)
print(np.array([1, 2, 3], dtype=np.uint8) ** 5)
print(np.array([-3, 3], dtype=np.int8) // 2, np.array([-3, 3], dtype=np.int8) % 2)
print(~np.array([0, 1, 255], dtype=np.uint8), ~np.array([0, 1, -1], dtype=np.int8))
print(-np.array([0, 1, 255], dtype=np.uint8), -np.array([-128], dtype=np.int8))
