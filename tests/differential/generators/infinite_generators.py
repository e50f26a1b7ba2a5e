# Infinite generators consumed with manual break / next.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(10, naturals()), take(15, primes()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
for i, f in enumerate(fib()):
    if f > 10 ** 20:
        print("first fib above 1e20 is index", i, f)
        break
def cycle(seq):
    while True:
        for x in seq:
            yield x
c = cycle("abc")
print([next(c) for _ in range(7)])
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
rs = running_sum(naturals(1))
print([next(rs) for _ in range(10)])
def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
w = windows(naturals(), 3)
print(next(w), next(w), next(w))
squares = (n * n for n in naturals())
for s in squares:
    if s > 200:
        break
print("first square over 200:", s)
