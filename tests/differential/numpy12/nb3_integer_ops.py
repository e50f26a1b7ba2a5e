# Integer arithmetic on int64 arrays: //, %, divmod, bitwise ops, shifts, gcd/lcm, powers and overflow-free checks.
import numpy as np

a = np.array([17, -17, 5, -5, 0, 123456789])
b = np.array([5, 5, -3, -3, 7, 1000])
print(a // b, a % b, np.fmod(a, b), np.remainder(a, b))
q, r = np.divmod(a, b)
print(q, r, np.array_equal(q * b + r, a))
print(a // 4, a % 4, -a // 3, a % -4)
print(np.floor_divide(a, 2.0), np.mod(a, 2.5))
x = np.array([0b1100, 0b1010, 255, 1 << 40])
y = np.array([0b1010, 0b0110, 15, 3])
print(x & y, x | y, x ^ y, ~x)
print(np.bitwise_and(x, 7), np.bitwise_or(x, 1), np.bitwise_xor(x, x), np.invert(np.array([0, -1])))
print(x << 2, x >> 1, np.left_shift(1, np.arange(5)), np.right_shift(np.array([1024, -1024]), 3))
print(np.gcd(np.array([12, 18, 0, -24]), np.array([8, 27, 5, 36])), np.lcm(np.array([4, 6, 0]), np.array([6, 4, 3])))
print(np.gcd.reduce(np.array([24, 36, 60])), np.lcm.reduce(np.array([2, 3, 4, 5])))
print(np.arange(1, 11).prod(), np.cumprod(np.arange(1, 8)))
print(np.power(np.array([2, 3, -2]), 3), np.array([2, 3]) ** np.array([10, 4]), 2 ** np.arange(8))
print(np.abs(np.array([-3, 4])), np.sign(np.array([-5, 0, 5])), np.negative(np.array([1, -1])))
print(np.array([7, 8, 9]) / 2, (np.array([7, 8, 9]) / 2).dtype, (np.array([7, 8]) // 2).dtype)
n = np.arange(1, 21)
fizz = np.where(n % 15 == 0, -15, np.where(n % 5 == 0, -5, np.where(n % 3 == 0, -3, n)))
print(fizz)
digits = (np.array([9876, 1234, 5]) // 10 ** np.arange(4)[:, None]) % 10
print(digits)
print(digits.sum(axis=0))
bits = (np.array([5, 6, 255])[:, None] >> np.arange(8)) & 1
print(bits)
print(bits.sum(axis=1), bits[:, ::-1].dot(2 ** np.arange(8)[::-1]))
primes = np.ones(50, dtype=bool)
primes[:2] = False
for i in range(2, 8):
    if primes[i]:
        primes[i * i::i] = False
print(np.flatnonzero(primes))
print(np.sum(primes), np.cumsum(primes)[[9, 19, 49]])
big = np.array([2**62, 2**61])
print(big + big // 2, big.sum(), np.iinfo(np.int64).max, np.iinfo(np.int64).min)
print(np.max(a), np.min(a), a.argmin(), np.sum(a * b))
print(np.mod(-7, 3), np.floor_divide(-7, 2), np.int64(-7) // np.int64(2), 7 // np.array([2, -2]))
print(np.true_divide(np.array([1, 2]), np.array([4, 0.5])), np.isclose(np.array([1, 2]) / 3 * 3, [1, 2]))
with np.errstate(divide="ignore", invalid="ignore"):
    print(np.array([1, 0, -1]) // np.array([0, 0, 0]), np.array([1, 0]) % np.array([0, 0]))
    print(np.array([1.0, 0.0, -1.0]) / 0)
