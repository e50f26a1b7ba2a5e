import math
from functools import reduce


def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out.append(n)
    return out


primes = sieve(100)
print(len(primes), primes[-5:], sum(primes))
mersenne = [p for p in primes[:12] if is_probable_prime(2 ** p - 1)]
print("mersenne exponents", mersenne)
print(is_probable_prime(2 ** 127 - 1), is_probable_prime(2 ** 128 + 1), is_probable_prime(10 ** 18 + 9))
for n in (360, 9973, 2 ** 32 + 1, 600851475143, 10 ** 12 + 39):
    f = factorize(n)
    print(n, f, reduce(lambda a, b: a * b, f) == n)
print(math.factorial(30), math.comb(60, 30), math.perm(12, 5))
print(math.isqrt(10 ** 40 + 12345), math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 70, 3 ** 40) % 10 ** 9)
print(pow(3, -1, 7), pow(10, -2, 97), pow(2, 10 ** 6, 10 ** 9 + 7), pow(-3, 3), pow(2, -2))
big = 3 ** 200
print(big.bit_length(), big.bit_count(), len(str(big)), str(big)[:20], big % 1000007)
print(divmod(-17, 5), divmod(17, -5), -17 // 5, -17 % 5, divmod(-(10 ** 20), 7), (-(10 ** 20)) % 7)
print((2 ** 64).to_bytes(9, "big").hex(), int.from_bytes(b"\xff\xfe", "little", signed=True), (255).to_bytes(2, "little"))
print(hex(2 ** 70), oct(-(8 ** 10)), bin(2 ** 40 + 5), int("zz", 36), int("-0x_ff_ff", 16), int("1_000_000"))
print(f"{2 ** 100:,}", f"{-(2 ** 65):x}", f"{10 ** 25:e}", f"{2 ** 64:_b}"[:20], format(7 ** 30, ">50"))
print(abs(-(10 ** 30)), -(-(2 ** 63)), (2 ** 63) >> 3, 1 << 100, (2 ** 100) & (2 ** 99 + 1), ~(2 ** 64), (-1) ^ (2 ** 70))
print(round(123456789, -3), round(-2 ** 70, -20), (10 ** 20) / 3, 10 ** 20 // 3, float(2 ** 80), int(1e22), int(-2.5e15))
print(sum(range(10 ** 6)), sum(x * x for x in range(1000)), math.prod(range(1, 25)))
fibs = [0, 1]
while len(fibs) < 120:
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[-1], fibs[100] % 1000000007, math.gcd(fibs[60], fibs[90]) == fibs[30])
collatz = {}
for start in range(1, 30):
    n, steps = start, 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    collatz[start] = steps
best = max(collatz, key=collatz.get)
print(best, collatz[best], sorted(collatz.values())[-3:])
print(sorted([2 ** 53 + 1, 2.0 ** 53, 2 ** 53 - 1]), 2 ** 53 + 1 == 2.0 ** 53, 10 ** 16 + 1 > 1e16, hash(2 ** 61 - 1), hash(2 ** 61))
