import sys
from functools import lru_cache, cache

sys.setrecursionlimit(5000)

GRID = [
    "..#.....",
    "...#..#.",
    "#.......",
    "..##.#..",
    "......#.",
    ".#......",
]
H, W = len(GRID), len(GRID[0])


@lru_cache(maxsize=None)
def paths(r, c):
    if r >= H or c >= W or GRID[r][c] == "#":
        return 0
    if (r, c) == (H - 1, W - 1):
        return 1
    return paths(r + 1, c) + paths(r, c + 1)


print("paths", paths(0, 0), paths.cache_info())
paths.cache_clear()
print(paths.cache_info())


@cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n, n) for n in range(1, 16)], partitions(100, 100))


@lru_cache(maxsize=3)
def slow_square(x):
    print(f"  computing {x!r}")
    return x * x


for v in [1, 2, 1, 3, 4, 1, 2, 2.0]:
    print(v, slow_square(v))
info = slow_square.cache_info()
print(info, info.hits + info.misses)


@lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)


def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        cost = a[i - 1] != b[j - 1]
        return min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + cost)

    return d(len(a), len(b))


for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(a, b, edit_distance(a, b))


@lru_cache(maxsize=None)
def lcs(a, b):
    if not a or not b:
        return ""
    if a[0] == b[0]:
        return a[0] + lcs(a[1:], b[1:])
    return max(lcs(a[1:], b), lcs(a, b[1:]), key=len)


print(lcs("AGGTABQWERTY", "GXTXAYBWRT"), lcs.cache_info().misses > 0)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(3000), sys.getrecursionlimit())
try:
    depth(10 ** 5)
except RecursionError as e:
    print("RecursionError:", e)
try:
    lru_cache(maxsize="x")
except TypeError as e:
    print("TypeError:", e)
try:
    paths([1], 2)
except TypeError as e:
    print("TypeError:", e)
