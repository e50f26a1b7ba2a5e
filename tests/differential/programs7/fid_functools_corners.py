# functools: lru_cache stats and clear, cache, reduce with initial, partial nesting and repr,
# total_ordering, wraps metadata, cached_property, singledispatch, cmp_to_key.
import functools
from functools import lru_cache, reduce, partial, total_ordering, wraps, cached_property, cmp_to_key


@lru_cache(maxsize=2)
def sq(n):
    print("computing", n)
    return n * n


for v in [1, 2, 1, 3, 1, 2]:
    sq(v)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits)
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3], 7), reduce(max, [3, 9, 2]))
try:
    reduce(max, [])
except TypeError as e:
    print(e)


def power(base, exp, mod=None):
    return pow(base, exp, mod)


cube = partial(power, exp=3)
cube_mod = partial(cube, mod=7)
print(cube(4), cube_mod(4), cube_mod.keywords, cube_mod.func is power, cube_mod.args)


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"Money({self.cents})"


print(Money(3) >= Money(2), Money(3) <= Money(2), Money(1) > Money(1), sorted([Money(5), Money(1)]))


def logged(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        """inner doc"""
        return fn(*args, **kwargs)
    return inner


@logged
def greet(name):
    """Say hello."""
    return "hi " + name


print(greet.__name__, greet.__doc__, greet("bo"), greet.__wrapped__.__name__)


class Data:
    def __init__(self, xs):
        self.xs = xs

    @cached_property
    def total(self):
        print("summing")
        return sum(self.xs)


d = Data([1, 2, 3])
print(d.total, d.total)
d.xs.append(4)
print(d.total)
del d.total
print(d.total)


@functools.singledispatch
def describe(x):
    return "object"


@describe.register
def _(x: int):
    return "int " + str(x)


@describe.register(list)
def _(x):
    return "list of " + str(len(x))


print(describe(3), describe([1, 2]), describe("s"), describe(True))
print(sorted(["bb", "a", "ccc", "dd"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
