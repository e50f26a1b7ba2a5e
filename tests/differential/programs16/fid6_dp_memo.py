# Memoized dynamic programming: edit distance with alignment, knapsack with items, LCS reconstruction.
from functools import lru_cache, cache
import sys

sys.setrecursionlimit(5000)


def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        if a[i - 1] == b[j - 1]:
            return d(i - 1, j - 1)
        return 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))

    # reconstruct the alignment
    i, j, ops = len(a), len(b), []
    while i or j:
        if i and j and a[i - 1] == b[j - 1] and d(i, j) == d(i - 1, j - 1):
            ops.append(("=", a[i - 1]))
            i, j = i - 1, j - 1
        elif i and j and d(i, j) == d(i - 1, j - 1) + 1:
            ops.append(("~", f"{a[i - 1]}>{b[j - 1]}"))
            i, j = i - 1, j - 1
        elif i and d(i, j) == d(i - 1, j) + 1:
            ops.append(("-", a[i - 1]))
            i -= 1
        else:
            ops.append(("+", b[j - 1]))
            j -= 1
    return d(len(a), len(b)), ops[::-1], d.cache_info()


for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    dist, ops, info = edit_distance(a, b)
    print(f"{a!r} -> {b!r}: {dist}  {''.join(o if o != '=' else '.' for o, _ in ops)}  hits={info.hits} misses={info.misses}")


def knapsack(items, cap):
    @cache
    def best(i, c):
        if i == len(items):
            return 0, ()
        name, w, v = items[i]
        skip = best(i + 1, c)
        if w > c:
            return skip
        val, chosen = best(i + 1, c - w)
        take = (val + v, (name,) + chosen)
        return max(skip, take)

    result = best(0, cap)
    print("  cache:", best.cache_info())
    return result


items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30)]
for cap in (100, 200, 400):
    val, chosen = knapsack(items, cap)
    weight = sum(w for n, w, _ in items if n in chosen)
    print(f"cap {cap}: value {val}, weight {weight}, {sorted(chosen)}")


def lcs(x, y):
    m, n = len(x), len(y)
    table = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if x[i] == y[j] else max(table[i + 1][j], table[i][j + 1])
    out, i, j = [], 0, 0
    while i < m and j < n:
        if x[i] == y[j]:
            out.append(x[i])
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out) if isinstance(x, str) else out, table[0][0]


print(lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"), lcs([1, 3, 4, 1, 2, 3], [3, 4, 1, 2, 1, 3]))


@lru_cache(maxsize=3)
def slow_square(n):
    return n * n


for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    slow_square(n)
print(slow_square.cache_info(), slow_square.cache_parameters())
slow_square.cache_clear()
print(slow_square.cache_info())


@cache
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n) for n in range(15)], partitions(300))


@lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)
coins = [1, 5, 10, 25]
ways = [1] + [0] * 100
for c in coins:
    for v in range(c, 101):
        ways[v] += ways[v - c]
print("ways to make 1$:", ways[100], "min coins for 63:",
      min((a + b + c + d, (a, b, c, d)) for a in range(64) for b in range(13) for c in range(7) for d in range(3)
          if a + 5 * b + 10 * c + 25 * d == 63))
