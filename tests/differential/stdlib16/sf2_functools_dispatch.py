"""functools: singledispatch (annotations, ABCs), singledispatchmethod, partial reprs, lru_cache stats, total_ordering."""
import functools
from functools import singledispatch, singledispatchmethod, partial, partialmethod, lru_cache, cache, wraps, reduce, total_ordering, cmp_to_key
from collections.abc import Sequence, Mapping
import numbers

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(float)
def _(x):
    return f"float {x:.2f}"
@describe.register
def _(x: Sequence):
    return f"sequence of {len(x)}"
@describe.register(Mapping)
def _(x):
    return f"mapping {sorted(x)}"
@describe.register(bool)
def _(x):
    return f"bool {x}"
for v in [1, 2.5, True, "abc", [1, 2], (1,), {"b": 1, "a": 2}, None, {1}, b"xy"]:
    print(describe(v))
print(describe.dispatch(int).__name__, describe.dispatch(str) is describe.dispatch(list), sorted(t.__name__ for t in describe.registry if t is not object))
try:
    @describe.register
    def _(x):
        return 1
except TypeError as e:
    print("TypeError:", str(e).split(":")[0])

class Fmt:
    def __init__(self, prefix):
        self.prefix = prefix
    @singledispatchmethod
    def show(self, arg):
        return f"{self.prefix} ? {arg!r}"
    @show.register
    def _(self, arg: int):
        return f"{self.prefix} int {arg}"
    @show.register
    def _(self, arg: list):
        return f"{self.prefix} list " + ",".join(self.show(a) for a in arg)
    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return "generic"
    @kind.register
    @classmethod
    def _(cls, arg: str):
        return f"{cls.__name__} str"
f = Fmt(">")
print(f.show(3), f.show("x"), f.show([1, "y"]), Fmt.kind("s"), Fmt.kind(1.0))

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
sq = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
print(sq(7), cube_mod(7), sq.func.__name__, sq.args, sq.keywords)
print(repr(partial(power, 2)).split(" at ")[0], repr(partial(partial(power, 2), 5)).split(" at ")[0])
p2 = partial(partial(power, 2), 5)
print(p2(), p2.args, repr(partial(max, key=len)))

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive()
print(c.alive)

calls = []
@lru_cache(maxsize=3)
def slow(n):
    calls.append(n)
    return n * n
for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    slow(n)
print(calls, slow.cache_info(), slow.cache_parameters())
slow.cache_clear()
print(slow.cache_info(), slow.__wrapped__(9), slow.__name__)
@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info())
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())
@lru_cache(maxsize=None)
def unhashable(x):
    return x
try:
    unhashable([1])
except TypeError as e:
    print("TypeError:", e)

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner
@deco
def documented(a: int, b: str = "x") -> str:
    """Original doc."""
    return b * a
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__, documented(2))
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(operator_add := (lambda a, b: a + b), ["a", "b"], "z"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)

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
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"), Version("1.0") > Version("1.0"), Version("2") <= Version("1.9"))
print(sorted(["b10", "a2", "b9", "a10"], key=cmp_to_key(lambda x, y: (x[0] > y[0]) - (x[0] < y[0]) or int(x[1:]) - int(y[1:]))))

class Dataset:
    def __init__(self, xs):
        self.xs = xs
    @functools.cached_property
    def total(self):
        print("computing")
        return sum(self.xs)
d = Dataset([1, 2, 3])
print(d.total, d.total, "total" in d.__dict__)
del d.total
print(d.total)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
