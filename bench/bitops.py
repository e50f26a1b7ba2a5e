# Int arithmetic in tight loops: xorshift PRNG with masks and shifts, popcount, gcd,
# integer square roots by Newton's method, a sieve, and mixed // and % on negatives.
def xorshift(n):
    x = 2463534242
    acc = 0
    for _ in range(n):
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        acc = (acc + (x & 0xFFFF)) % 1000000007
    return acc


def popcount_sum(n):
    t = 0
    for i in range(n):
        v = i
        while v:
            v &= v - 1
            t += 1
    return t


def gcd_sum(n):
    s = 0
    for a in range(1, n):
        b = (a * 7919) % 10007 + 1
        while b:
            a, b = b, a % b
        s += a
    return s


def isqrt_sum(n):
    s = 0
    for v in range(1, n, 7):
        x = v
        y = (x + 1) // 2
        while y < x:
            x = y
            y = (x + v // x) // 2
        s += x
    return s


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return sum(flags)


def negmix(n):
    s = 0
    for i in range(-n, n, 3):
        s += i // 7 + i % 7 + (i >> 2) + (-i) // 3
    return s


print(xorshift(500000), popcount_sum(150000), gcd_sum(100000), isqrt_sum(500000), sieve(1000000), negmix(500000))
