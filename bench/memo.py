# Recursion: memoized with a dict and with functools.lru_cache (partition counts, grid paths,
# edit distance), plus plain recursion over a tree of tuples.
from functools import lru_cache


@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


def edit(a, b, memo):
    key = (len(a), len(b))
    if key in memo:
        return memo[key]
    if not a:
        r = len(b)
    elif not b:
        r = len(a)
    elif a[-1] == b[-1]:
        r = edit(a[:-1], b[:-1], memo)
    else:
        r = 1 + min(edit(a[:-1], b, memo), edit(a, b[:-1], memo), edit(a[:-1], b[:-1], memo))
    memo[key] = r
    return r


def build(depth, seed):
    if depth == 0:
        return seed % 10
    return (build(depth - 1, seed * 3 + 1), build(depth - 1, seed * 5 + 2))


def tsum(t):
    if isinstance(t, int):
        return t
    return tsum(t[0]) + 2 * tsum(t[1])


@lru_cache(maxsize=1024)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


def main():
    p = [partitions(n, n) % 1000003 for n in range(0, 260, 5)]
    words = ["kitten", "sitting", "saturday", "sunday", "rosettacode", "raisethysword"]
    e = 0
    for i in range(40):
        a = words[i % 6] * 4
        b = words[(i + 1) % 6] * 4
        e += edit(a, b, {})
    t = build(15, 1)
    c = sum(collatz(n) for n in range(1, 60000))
    print(p[-5:], e, tsum(t), c, partitions.cache_info().currsize)


main()
