# Recursion and memoization: lru_cache, cache_info, partitions, edit distance, tower of hanoi.
from functools import lru_cache, cache, wraps, partial, reduce, total_ordering
import sys
import time

sys.setrecursionlimit(5000)


def counted(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@counted
def fib_slow(n):
    return n if n < 2 else fib_slow(n - 1) + fib_slow(n - 2)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


@lru_cache(maxsize=128)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def flatten(x):
    if isinstance(x, (list, tuple)):
        return [y for item in x for y in flatten(item)]
    return [x]


def permutations(s):
    if len(s) <= 1:
        return [s]
    return sorted({c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i + 1:])})


print(fib_slow(15), fib_slow.calls, fib_slow.__name__)
print(fib(90), fib.cache_info())
fib.cache_clear()
print(fib.cache_info().currsize)
print([partitions(n, n) for n in range(1, 16)])
print(partitions(100, 100))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("python", "typhon")]:
    print(f"{a!r:>10} -> {b!r:<10} {edit_distance(a, b)}")
info = edit_distance.cache_info()
print(info.hits > 0, info.maxsize, info.currsize <= 128)
moves = hanoi(4)
print(len(moves), moves[:5])
print(flatten([1, [2, [3, [4, (5, 6)]]], [], 7]))
print(permutations("aab"), len(permutations("abcd")))
square = partial(pow, exp=2)
print(square(12), partial(int, base=2)("1011"), reduce(lambda a, b: a * b, range(1, 11)))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(1000))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", str(e).split(" while")[0])


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("0.99"), Version("2.0") <= Version("1.9"))
start = time.perf_counter()
fib(300)
print("fast:", time.perf_counter() - start < 1.0)
