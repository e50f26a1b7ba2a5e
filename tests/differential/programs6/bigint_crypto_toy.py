import hashlib
import math
import random


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def is_probable_prime(n, rounds=20, rng=random.Random(1)):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29):
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


rng = random.Random(2024)
p = next_prime(rng.getrandbits(128) | (1 << 127))
q = next_prime(rng.getrandbits(128) | (1 << 127))
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
g, x, _ = egcd(e, phi)
d = x % phi
print("p =", p)
print("q =", q)
print("n bits:", n.bit_length(), "digits:", len(str(n)), "gcd:", g, d == pow(e, -1, phi))
msg = "attack at dawn"
m = int.from_bytes(msg.encode(), "big")
c = pow(m, e, n)
back = pow(c, d, n)
print(hex(c)[:20], back == m, back.to_bytes((back.bit_length() + 7) // 8, "big").decode())
digest = int(hashlib.sha256(msg.encode()).hexdigest(), 16)
sig = pow(digest % n, d, n)
print("signature ok:", pow(sig, e, n) == digest % n)
print(f"{n:,}"[:30], f"{n:x}"[-8:], f"{n:e}", n % 1000003, -n // 7 % 10, divmod(n, 10**30)[0])
print(math.isqrt(n) ** 2 <= n < (math.isqrt(n) + 1) ** 2, math.gcd(p * 6, q * 6), int(str(n)[::-1]) % 97)
print(2 ** 521 - 1 == int("1" * 521, 2), is_probable_prime(2 ** 127 - 1), is_probable_prime(2 ** 128 + 1))
print((1 << 100) >> 98, -(1 << 70) >> 3, (2 ** 64 - 1) & 0xF0F0, ~(2 ** 65), (3 ** 40) ^ (2 ** 63), abs(-(10 ** 25)))
print(float(2 ** 80), int(1e20), 10 ** 20 / 3, 10 ** 20 // 3, round(2 ** 70 / 7), 2 ** 70 == 2.0 ** 70, 2 ** 53 + 1 > 2.0 ** 53)
fact = math.factorial(40)
print(fact, str(fact).count("0"), sum(map(int, str(2 ** 1000))))
