# Module-level variables read from functions with their module-level type.
N = 9
BIG = 2 ** 60
NAME = "abc"
FLAG = True
COUNT = 0
MAYBE = 3
MAYBE = "now a str"
LIMIT = 2 ** 53 - 1


def f():
    total = 0
    for i in range(N):
        total += i * N
    return total, N // 2, N % 4, -N, N > 5, N == 9.0, N / 2


def g():
    return BIG + 1, BIG * BIG, BIG // 3, BIG > 2 ** 59, -BIG


def h():
    return NAME + "d", NAME * 2, NAME == "abc", NAME < "b", FLAG and N, not FLAG


def k():
    global COUNT
    COUNT += 1
    return COUNT


def m():
    return MAYBE + "!", LIMIT + 1, LIMIT + LIMIT, LIMIT * 3


def before():
    return LATE + 1


print(f())
print(g())
print(h())
print(k(), k(), COUNT)
print(m())
LATE = 41
print(before())
print([N * i for i in range(3)], {i: i < N for i in range(2)})


def cmp_values(xs):
    a = len(xs) > 0
    b = 0 < len(xs) <= N
    c = len(xs) == N
    d = NAME != "x"
    return a, b, c, d


print(cmp_values([]), cmp_values([1, 2]))
