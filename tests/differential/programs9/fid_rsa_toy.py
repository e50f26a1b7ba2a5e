"""Toy RSA and number theory with big ints: primality, modular inverse, CRT, encoding."""
import math
import random


def is_probable_prime(n, rounds=20, rng=random.Random(5)):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = rng.randrange(2, n - 1)
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


def next_prime(n):
    n |= 1
    while not is_probable_prime(n):
        n += 2
    return n


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


p = next_prime(2**127 + 12345)
q = next_prime(3**80)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print("p =", p)
print("q =", q)
print("n bits:", n.bit_length(), "digits:", len(str(n)))
print("d == pow(e, -1, phi):", d == pow(e, -1, phi))
msg = "Attack at dawn! ☀"
m = int.from_bytes(msg.encode("utf-8"), "big")
c = pow(m, e, n)
print("m =", m)
print("c =", hex(c)[:40] + "...", c.bit_length())
m2 = pow(c, d, n)
print(m2 == m, m2.to_bytes((m2.bit_length() + 7) // 8, "big").decode("utf-8"))
dp, dq, qinv = d % (p - 1), d % (q - 1), modinv(q, p)
m1, m2_ = pow(c, dp, p), pow(c, dq, q)
h = (qinv * (m1 - m2_)) % p
print("CRT ok:", m2_ + h * q == m)
sig = pow(12345678901234567890, d, n)
print("signature verifies:", pow(sig, e, n) == 12345678901234567890)
try:
    modinv(6, 9)
except ValueError as ex:
    print("ValueError:", ex)


def crt(residues, moduli):
    x, M = 0, 1
    for r, m_ in zip(residues, moduli):
        g = math.gcd(M, m_)
        if (r - x) % g:
            raise ValueError("no solution")
        x += M * ((r - x) // g * modinv(M // g, m_ // g) % (m_ // g))
        M = M * m_ // g
    return x % M, M


print(crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 9, 11]))
print([x for x in range(2, 60) if is_probable_prime(x)])
print(is_probable_prime(2**61 - 1), is_probable_prime(2**61 + 1), is_probable_prime(561))
big = math.factorial(40)
print(big, big.bit_length(), math.gcd(big, 2**100), big // 10**40, big % 1000003)
print(f"{big:,}"[:20], f"{big:.5e}", hex(big)[:12], oct(2**70), bin(2**70 - 1).count("1"))
print(-big // 7, -big % 7, divmod(-big, 10**30)[1], (-big) >> 100, big & (2**64 - 1), ~big < 0)
print(int(str(big)[::-1]) % 97, sum(map(int, str(2**1000))), 2**1000 // 3**600)
print(pow(2, 10**18, 10**9 + 7), pow(10**20, 3, 2**64 + 13), (2**64) ** 3 == 2**192)
print(math.isqrt(2 * 10**60), round(2**0.5 * 10**30) // 10**15, int(1e30), int(float(2**80)) == 2**80)
