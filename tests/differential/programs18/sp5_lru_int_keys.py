# lru_cache keyed by one int argument: ints next to equal floats, bools, big ints past 2**53,
# negative zero, strs that look like numbers, and eviction order with a small maxsize.
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=4)
def f(x):
    calls.append(x)
    return (type(x).__name__, x)


for x in [1, 1.0, True, 1, 2, 2**53 + 1, 2**53 + 1, -0, 0, 0.0, -3, "1", "1", 1, 2**70, 2**70, 5, 6, 7, 1]:
    print(repr(x), f(x))
print(calls)
print(f.cache_info())
f.cache_clear()
print(f(1), f.cache_info())


@cache
def g(n):
    return n if n < 2 else g(n - 1) + g(n - 2)


print(g(90), g(-1), g.cache_info())


@lru_cache(maxsize=64)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


print(sum(collatz(n) for n in range(1, 3000)), collatz.cache_info())


class I(int):
    pass


@lru_cache(maxsize=None)
def h(x):
    return type(x).__name__


print(h(3), h(I(3)), h(False), h(0), h(2.5), h.cache_info())


@lru_cache(maxsize=None, typed=True)
def t(x):
    return type(x).__name__


print(t(3), t(3.0), t(True), t(3), t.cache_info())
