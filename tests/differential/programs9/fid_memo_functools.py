"""functools in practice: lru_cache, partial, reduce, wraps, singledispatch, cached_property."""
import functools
from functools import lru_cache, partial, reduce, wraps, singledispatch, cached_property, cmp_to_key
import operator


def logged(fn):
    calls = []

    @wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(args)
        return fn(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


@logged
def area(w, h=1):
    """Area of a rectangle."""
    return w * h


print(area(3, 4), area(5), area.__name__, area.__doc__, area.calls, area.__wrapped__(2, 2))


@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n, n) for n in range(1, 15)], partitions(100, 100))
info = partitions.cache_info()
print(info.hits > 0, info.maxsize, type(info).__name__)
partitions.cache_clear()
print(partitions.cache_info())


@lru_cache(maxsize=2)
def square(x):
    print(f"  computing {x}")
    return x * x


for x in [1, 2, 1, 3, 2, 1]:
    square(x)
print(square.cache_info())

pow2 = partial(pow, 2)
print(pow2(10), pow2.func is pow, pow2.args, partial(int, base=16)("ff"), partial(sorted, key=len)(["ccc", "a", "bb"]))
print(reduce(operator.mul, range(1, 11)), reduce(lambda a, b: a + [b * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return "list of " + ", ".join(describe(i) for i in x)


@describe.register(float)
@describe.register(complex)
def _(x):
    return f"number {x}"


print(describe(3), describe(True), describe(2.5), describe(1j), describe("s"), describe([1, "a", [2.0]]))


class Dataset:
    def __init__(self, xs):
        self.xs = xs
        self.computed = 0

    @cached_property
    def stats(self):
        self.computed += 1
        n = len(self.xs)
        mean = sum(self.xs) / n
        return {"n": n, "mean": mean, "var": sum((x - mean) ** 2 for x in self.xs) / n}


d = Dataset([2, 4, 4, 4, 5, 5, 7, 9])
print(d.stats, d.stats["var"], d.computed)
del d.stats
print(d.stats["mean"], d.computed, "stats" in vars(d))


def by_len_then_rev(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = "pear fig apple kiwi banana date".split()
print(sorted(words, key=cmp_to_key(by_len_then_rev)))


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("2.0") >= Version("2.0"), Version("1.0") > Version("1.0.0"))
print(functools.cache(lambda n: n * 2)(21), partial(partial(max, 1), 5)(3))
