def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
print(collatz_len(2 ** 100 + 1), collatz_len(10 ** 30 + 7))


def digits_sum(n):
    return sum(int(c) for c in str(n))


f = 1
for i in range(1, 101):
    f *= i
print(digits_sum(f), len(str(f)), str(f)[:20], str(f).rstrip("0")[-5:], f % (10 ** 9 + 7))
print(digits_sum(2 ** 1000), 2 ** 1000 % 999983, (3 ** 500).bit_length())
a, b = 0, 1
for _ in range(500):
    a, b = b, a + b
print(str(a)[:30], len(str(a)), a % 1000000007, a & 0xFFFF, a >> 300)


def isqrt_newton(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


import math
big = 12345678901234567890123456789 ** 2 + 5
print(isqrt_newton(big), math.isqrt(big) == isqrt_newton(big))
print(pow(7, 10 ** 18, 10 ** 9 + 9), pow(123456789, 987654321, 2 ** 61 - 1), pow(-3, 3), pow(-3, 101))
print(math.gcd(2 ** 200 - 1, 2 ** 120 - 1) == 2 ** 40 - 1, math.lcm(2 ** 70, 3 ** 40) == 2 ** 70 * 3 ** 40)
n = 600851475143
factors = []
d = 2
while d * d <= n:
    while n % d == 0:
        factors.append(d)
        n //= d
    d += 1
if n > 1:
    factors.append(n)
print(factors)
print(int("1" * 50, 2), int("z" * 20, 36), format(2 ** 200, "x")[:16], f"{10 ** 40:.3e}", float(10 ** 40) == 1e40)
print(-(2 ** 65) // 3, -(2 ** 65) % 3, divmod(2 ** 65, -7), (2 ** 65) / 3, round(2 ** 65 / 3), 2 ** 65 // 3.0)
print(sorted([2 ** 70, -(2 ** 70), 0, 2 ** 53 + 1, 2.0 ** 53]), max(2 ** 64, 1.8e19), 2 ** 64 == 2.0 ** 64)
print(hash(2 ** 64) == hash(2.0 ** 64), {2 ** 64: "big"}[2.0 ** 64], 10 ** 20 in {10 ** 20}, str(-(10 ** 25)))
