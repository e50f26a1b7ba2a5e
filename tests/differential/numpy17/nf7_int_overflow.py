# int64 arithmetic near the limits that a double holds exactly, wraparound in small ints, conversions.
import numpy as np

a = np.array([2 ** 52, 2 ** 53 - 1, -(2 ** 53) + 1])
print(repr(a), repr(a // 3), repr(a % 7), repr(a - 1), repr(-a))
print(repr(np.int64(2 ** 53 - 1)), repr(np.array([9007199254740991]) + 0))
print(repr(np.iinfo(np.int64).max), repr(np.iinfo(np.int32)), np.iinfo(np.int8).min)
u8 = np.array([250, 5], dtype=np.uint8)
print(repr(u8 + 10), repr(u8 * 2), repr(u8 - 6), repr(u8 // 3), repr(-u8))
i16 = np.array([32000, -32000], dtype=np.int16)
print(repr(i16 + 1000), repr(i16 * 2), repr(abs(i16)))
i32 = np.arange(5, dtype=np.int32) * 1000000000
print(repr(i32), repr(i32.astype(np.int64) * 3), repr(i32.sum()), repr(i32.sum(dtype=np.int32)))
f = np.array([1e10, -3.7, 2.5, np.nan])
try:
    print(repr(f.astype(np.int32)))
except Exception as e:
    print(type(e).__name__)
print(repr(np.array([3.7, -3.7]).astype(int)), repr(np.array([255.9, 256.0]).astype(np.uint8)))
print(repr(np.array([True, False]).astype(np.int16)), repr(np.array([1, 0, 2]).astype(bool)))
print(repr(np.cumsum(np.full(5, 10 ** 12))), repr(np.prod(np.arange(1, 16))), repr(np.prod(np.arange(1, 19))))
print(repr(np.arange(1, 21).prod(dtype=float)), repr(np.sum(np.arange(10 ** 6))))
print(repr(np.array([2 ** 31]) * 2 ** 20), repr(np.left_shift(1, np.arange(0, 60, 13))))
print(repr(np.int32(2147483647) + np.int32(1)) if False else repr(np.array([2147483647], dtype=np.int32) + np.int32(1)))
print(repr(np.uint8(200) + np.uint8(100)) if False else repr(np.array([200], dtype=np.uint8) + np.array([100], dtype=np.uint8)))
print(repr(np.array([1, 2], dtype=np.uint32) - 3), repr(np.array([7], dtype=np.int8) * np.int64(100)))
print(repr(np.array([-5, 5]) >> 1), repr(np.array([-5, 5]) << 2), repr(np.bitwise_and(12, 10)), repr(np.invert(np.array([0, 1]))))
print(repr(np.abs(np.array([-2 ** 40, 2 ** 40]))), repr(np.sign(np.array([-2 ** 40, 0]))), repr(np.gcd(12, np.array([18, 7]))), repr(np.lcm(4, 6)))
