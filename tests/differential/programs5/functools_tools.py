"""functools: total_ordering, cached_property, singledispatch, partial, reduce, lru_cache, wraps."""
import functools
from functools import total_ordering, cached_property, singledispatch, partial, reduce, lru_cache, wraps


@total_ordering
class Card:
    RANKS = "23456789TJQKA"

    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.rank == other.rank

    def __lt__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return Card.RANKS.index(self.rank) < Card.RANKS.index(other.rank)

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(t) for t in ["KH", "2C", "TD", "AS", "7H", "TC"]]
print(sorted(hand), max(hand), Card("3C") >= Card("3D"), Card("4C") > Card("9C"), Card("QH") <= Card("KH"))
try:
    Card("2C") > 5
except TypeError as e:
    print("TypeError:", e)


class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property
    def stats(self):
        print("  computing stats")
        n = len(self.values)
        mean = sum(self.values) / n
        return {"n": n, "mean": mean, "max": max(self.values)}


ds = Dataset([3, 1, 4, 1, 5, 9, 2, 6])
print(ds.stats["mean"], ds.stats["max"])
del ds.stats
print(ds.stats["n"], "stats" in vars(ds))


@singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(obj: int):
    return f"int {obj:+d}"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"sequence of {len(obj)}: " + ", ".join(describe(x) for x in obj)


@describe.register
def _(obj: str):
    return f"str {obj.upper()}"


for thing in [5, "hi", [1, "a", 2.5], (True,), None, {"k": 1}]:
    print(describe(thing))
print(describe.dispatch(bool).__name__ == describe.dispatch(int).__name__, sorted(k.__name__ for k in describe.registry))


def power(base, exp, mod=None):
    return pow(base, exp, mod)


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(12), cube_mod(5), square.func.__name__, square.keywords, partial(power, 2)(10))
print(reduce(lambda a, b: a * b, range(1, 11)), reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)


@lru_cache(maxsize=3)
def slow_square(n):
    print(f"  miss {n}")
    return n * n


for n in [1, 2, 1, 3, 4, 1, 2]:
    slow_square(n)
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())


def logged(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"  {fn.__name__}{args} -> {result}")
        return result

    return inner


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(10, 20))


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits > 0)
print(functools.cmp_to_key(lambda a, b: a - b)(3) < functools.cmp_to_key(lambda a, b: a - b)(4))
