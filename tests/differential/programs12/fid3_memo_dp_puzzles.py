from functools import cache, lru_cache, reduce, partial, cached_property, total_ordering
import sys

sys.setrecursionlimit(5000)


@cache
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"), ("same", "same")]
for a, b in pairs:
    print(f"{a!r:>12} -> {b!r:<12} {edit_distance(a, b)}")
print(edit_distance.cache_info().hits > 0, edit_distance.cache_info().maxsize)


@lru_cache(maxsize=None)
def partitions(n, k):
    """ways to write n as a sum of parts <= k"""
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n, n) for n in range(1, 16)], partitions(100, 100))
info = partitions.cache_info()
print(info.maxsize, info.currsize, type(info).__name__, partitions.__doc__, partitions.__wrapped__.__name__)
partitions.cache_clear()
print(partitions.cache_info())


@lru_cache(maxsize=3)
def square(x):
    print(f"  computing {x}")
    return x * x


for x in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    square(x)
print(square.cache_info(), square.cache_parameters())


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)


def lcs(a, b):
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        if a[i] == b[j]:
            return a[i] + go(i + 1, j + 1)
        x, y = go(i + 1, j), go(i, j + 1)
        return x if len(x) >= len(y) else y
    return go(0, 0)


print(lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"), repr(lcs("abc", "xyz")))


def knapsack(items, cap):
    best = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (name, w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            best[i][c] = best[i - 1][c]
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v
    chosen, c = [], cap
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return best[-1][cap], chosen[::-1]


print(knapsack([("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)], 200))

coins = (1, 5, 10, 25, 50)


@cache
def change(n, i=0):
    if n == 0:
        return 1
    if n < 0 or i == len(coins):
        return 0
    return change(n - coins[i], i) + change(n, i + 1)


print(change(100), change(300))
print(reduce(lambda acc, x: acc * 10 + x, [3, 1, 4, 1, 5]), reduce(max, [3, 9, 2], 0), reduce(lambda a, b: a + b, [], "empty"))
to_hex = partial(int, base=16)
print(to_hex("ff"), to_hex("10"), to_hex.func.__name__, to_hex.keywords, partial(pow, 2)(10))


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    @cached_property
    def major(self):
        print("(computing major)")
        return self.parts[0]


vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.0", "0.9.9", "2.0"]]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2"), Version("2.0") >= Version("1.9"), Version("1") > Version("0.1"))
v = vs[0]
print(v.major, v.major, "major" in vars(v))


def collatz_len(n, memo={1: 1}):
    if n not in memo:
        memo[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return memo[n]


best = max(range(1, 30000), key=collatz_len)
print(best, collatz_len(best))
