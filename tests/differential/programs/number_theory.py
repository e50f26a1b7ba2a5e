# Number theory with big integers: sieve, factorization, gcd/lcm, modular arithmetic, perfect numbers.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
def factorize(n):
    factors, d = {}, 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return abs(a * b) // gcd(a, b)
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def is_probable_prime(n):
    if n < 2:
        return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
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
primes = sieve(200)
print(len(primes), primes[:15], primes[-3:], sum(primes))
for n in [360, 97, 1001, 2 ** 16, 600851475143, 2 ** 31 - 1, 12345678901234]:
    f = factorize(n)
    print(n, f, " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()))
print(gcd(1071, 462), gcd(-48, 18), gcd(0, 5), lcm(4, 6), lcm(21, 6))
acc = 1
for k in range(1, 31):
    acc = lcm(acc, k)
print("lcm(1..30) =", acc)
print(egcd(240, 46), egcd(17, 3120))
g, x, _ = egcd(17, 3120)
print("inverse of 17 mod 3120:", x % 3120, pow(17, -1, 3120))
def divisor_sum(n):
    total, d = 1, 2
    while d * d <= n:
        if n % d == 0:
            total += d + (n // d if d * d != n else 0)
        d += 1
    return total
print([n for n in range(2, 10000) if divisor_sum(n) == n])
mersenne = [p for p in primes[:20] if is_probable_prime(2 ** p - 1)]
print("Mersenne exponents:", mersenne)
print(is_probable_prime(2 ** 89 - 1), is_probable_prime(2 ** 89 + 1), is_probable_prime(10 ** 18 + 9))
print(pow(3, 10 ** 18, 10 ** 9 + 7), pow(2, 2 ** 100, 97), 2 ** 100 % 97)
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 3000), key=collatz_len)
print("longest Collatz chain below 3000 starts at", best, "with", collatz_len(best), "steps")
