import functools
from functools import reduce, partial, partialmethod, lru_cache, cache, cached_property, singledispatch, singledispatchmethod, total_ordering, wraps, cmp_to_key
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(max, [3, 9, 2]), reduce(operator.add, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
sq = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(sq(5), cube_mod(4), sq.func.__name__, sq.args, sq.keywords, repr(partial(power, 2))[:40])
p2 = partial(partial(power, 2), 10)
print(p2(), p2.args, p2.func is power)

calls = []
@lru_cache(maxsize=3)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info(), len(calls))
fib.cache_clear()
print(fib.cache_info(), fib.__wrapped__(1), fib.cache_parameters())

@cache
def slow(x, y=1):
    calls.append((x, y))
    return x + y
calls.clear()
print(slow(1), slow(1), slow(1, y=1), slow(1, 1), slow(y=1, x=1), len(calls), slow.cache_info())

@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info().currsize)

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @cached_property
    def area(self):
        self.computed += 1
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, c.computed, "area" in c.__dict__)
del c.area
print(c.area, c.computed)

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
@describe.register(tuple)
def _(x):
    return f"seq of {len(x)}"
@describe.register(float)
def _(x):
    return f"float {x:.2f}"
print(describe(1), describe(True), describe(2.5), describe([1, 2]), describe((1,)), describe("s"), describe(None))
print(describe.dispatch(bool).__name__, sorted(k.__name__ for k in describe.registry))

class Fmt:
    @singledispatchmethod
    def show(self, arg):
        return "generic"
    @show.register
    def _(self, arg: int):
        return f"int:{arg}"
    @show.register
    def _(self, arg: str):
        return f"str:{arg}"
print(Fmt().show(1), Fmt().show("a"), Fmt().show(1.5))

class Cell:
    def __init__(self):
        self.v = None
    def set(self, v):
        self.v = v
        return self
    set_zero = partialmethod(set, 0)
    set_one = partialmethod(set, 1)
print(Cell().set_zero().v, Cell().set_one().v)

@total_ordering
class Version:
    def __init__(self, s):
        self.t = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
    def __repr__(self):
        return "V" + ".".join(map(str, self.t))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"), Version("1.0") <= Version("1.0"), Version("2.0") > Version("10.0"))

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner
@deco
def documented(a, b=2):
    """Adds things."""
    return a + b
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(1), documented.__qualname__)

def cmp(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa", "b"], key=cmp_to_key(cmp)))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def f(): pass
g = functools.update_wrapper(lambda: None, f)
print(g.__name__)
try:
    partial()
except TypeError as e:
    print("TypeError:", e)
try:
    partial(1)
except TypeError as e:
    print("TypeError:", e)
