# Big ints: Fibonacci numbers, factorials and modular exponentiation past 2**53.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


f = fib(50000)
g = fact(6000)
print("bigfib", f.bit_length(), f % 1000000007, g % 998244353, pow(3, 10**6, 2**127 - 1) % 10**9, (g // f) % 97)
