# Loops whose body is a linear recurrence over int locals (a, b = b, a + b), short and long,
# crossing 2**53 and 2**63, with int, float, bool and int-subclass values.


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_from(a, b, lo, hi):
    for i in range(lo, hi):
        a, b = b, a + b
    return a, b, i


def trib(n):
    a, b, c = 0, 0, 1
    for _ in range(n):
        a, b, c = b, c, a + b + c
    return a


def affine(n):
    x, y = 3, -5
    for _ in range(n):
        x, y = 2 * y - x + 7, x - 3
    return x, y


def seq_stmts(n):
    a, b, t = 1, 1, 0
    for k in range(n):
        t = a + b
        a = b
        b = t
    return a, b, t, k


def aug(n):
    s, c = 0, 0
    for _ in range(n):
        c += 3
        s -= c * 2 - 1
    return s, c


def mixed(x, n):
    # Not ints at run time: the loop itself runs (floats round, strings concatenate).
    a, b = x, x
    for _ in range(n):
        a, b = b, a + b
    return a


def swap(n):
    a, b = 10**30, -(2**63)
    for _ in range(n):
        a, b = b, a
    return a, b


def signs(n):
    a, b = -(2**53), 2**53 + 1
    for _ in range(n):
        a, b = b - a, -a
    return a, b


print(fib(0), fib(1), fib(2), fib(255), fib(256), fib(257))
print(fib(1000) % 1000000007, fib(5000).bit_length(), fib(12345) % 998244353)
print(fib_from(5, 8, 3, 3000)[2], fib_from(5, 8, 3, 3000)[0] % 10**9)
print(fib_from(-7, 2**70, 0, 400)[1] % 10**12, fib_from(1, 1, 10, 300))
print(trib(300), trib(1000) % 10**9)
print(affine(255), affine(256), affine(1001))
print(seq_stmts(300)[0] == fib(301), seq_stmts(2000)[2] % 10**9, seq_stmts(2000)[3])
print(aug(255), aug(256), aug(10000))
print(mixed(0.5, 300), mixed(1.5, 1000), len(mixed("ab", 20)))
print(mixed(True, 300) == fib(301), type(mixed(True, 0)).__name__, mixed(True, 0))
print(swap(999), swap(1000))
print(signs(300), signs(301)[0] % 10**9)
n = 5000
a, b = 0, 1
for _ in range(n):
    a, b = b, a + b
print(a % 10**9, _)


def closure(n):
    a, b = 0, 1

    def get():
        return a + b

    for _ in range(n):
        a, b = b, a + b
    return get() % 1000


G = 1


def uses_global(n):
    global G
    h = 0
    for _ in range(n):
        G, h = G + h, G
    return G % 1000, h % 1000


def bool_state(n):
    a, b = True, False
    for _ in range(n):
        a, b = b, a
    return a, b


print(fib(-300), closure(300), uses_global(400), G % 1000, bool_state(301), bool_state(300))


class I(int):
    def __add__(self, other):
        return I(int(self) + int(other) + 1)


def ranges():
    a, b = 0, 1
    for k in range(2**40, 2**40 + 300):
        a, b = b, a + b
    c, d = 0, 1
    for j in range(-300, 0):
        c, d = d, c + d
    e, f = I(0), I(1)
    for _ in range(300):
        e, f = f, e + f
    return a == c, k, j, type(e).__name__, e % 10**9


print(ranges())
