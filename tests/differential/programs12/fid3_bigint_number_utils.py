from math import gcd, isqrt, prod
from functools import reduce


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m


def crt(residues, moduli):
    M = prod(moduli)
    total = 0
    for r, m in zip(residues, moduli):
        Mi = M // m
        total += r * Mi * modinv(Mi, m)
    return total % M, M


def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def to_base(n, b, digits="0123456789abcdefghijklmnopqrstuvwxyz"):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))


def pollard_rho(n, c=1):
    if n % 2 == 0:
        return 2
    x = y = 2
    d = 1
    while d == 1:
        x = (x * x + c) % n
        y = (y * y + c) % n
        y = (y * y + c) % n
        d = gcd(abs(x - y), n)
    return d if d != n else pollard_rho(n, c + 1)


print(egcd(240, 46), modinv(17, 3120), modinv(3, 2**61 - 1))
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 9, 11]))
mersenne = [p for p in range(2, 130) if is_probable_prime(p) and is_probable_prime(2**p - 1)]
print(mersenne)
print([n for n in range(10**12, 10**12 + 100) if is_probable_prime(n)])
big = 2**127 - 1
print(big, is_probable_prime(big), to_base(big, 36), int(to_base(big, 36), 36) == big, to_base(-255, 2), to_base(0, 7))
n = 10403 * 1000003
f = pollard_rho(n)
print(n, f, n // f, sorted([f, n // f]))
fact = reduce(lambda a, b: a * b, range(1, 101))
print(len(str(fact)), str(fact)[:20], str(fact).count("0"), len(str(fact)) - len(str(fact).rstrip("0")), fact.bit_length(), fact % (10**9 + 7))
print(isqrt(fact), isqrt(fact) ** 2 <= fact < (isqrt(fact) + 1) ** 2)
e, p, q = 65537, 1000000007, 998244353
phi = (p - 1) * (q - 1)
d = modinv(e, phi)
msg = int.from_bytes(b"hi there", "big")
c = pow(msg, e, p * q)
print(d, c, pow(c, d, p * q).to_bytes(8, "big"))
print(pow(3, -1, 7), pow(2, 10**18, 10**9 + 7), (-7) ** 3, (-2) ** 63, -(2**63) // 3, (2**64) >> 3, 1 << 100, (2**100) & (2**99 + 12345), (2**70) ^ (2**69), ~(2**65))
print(divmod(-(10**20), 7), divmod(10**20, -7), (10**20) % -7, -(10**20) // -7, round(10**20 / 7), 10**20 // 7 * 7 + 10**20 % 7 == 10**20)
print(f"{2**100:,}", f"{2**100:_x}", f"{2**64:#b}"[:12], f"{-(2**70):e}", f"{3**50:>70}", str(-(10**25)), hex(2**80), oct(-(8**30)))
print(int("9" * 50) + 1 == 10**50, int("-" + "1" * 30) * -1, abs(-(2**100)), max(2**100, 2**100 + 1), min(-(2**90), 5), sum(range(10**6, 10**6 + 10)) * 10**15)
print(sorted([10**20, -(10**19), 5, 2**64, -1]), 2**64 == 2.0**64, 2**53 + 1 == 2.0**53 + 1, 10**16 < 1e16 + 2, hash(2**100) == hash(2**100))
