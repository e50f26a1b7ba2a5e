"""functools: total_ordering, singledispatch registries, singledispatchmethod, wraps attributes, partial reprs, lru_cache info, reduce, cmp_to_key."""
import functools
from collections import namedtuple


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts

    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.2"), Version("2.0") > Version("1.9"), Version("1.0") <= Version("0.1"))
try:
    Version("1.0") < 3
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in ("__lt__", "__le__", "__gt__", "__ge__") if k in Version.__dict__))


@functools.singledispatch
def show(x):
    return f"object {x!r}"


@show.register
def _(x: int):
    return f"int {x}"


@show.register(float)
def _(x):
    return f"float {x:.2f}"


@show.register(list)
@show.register(tuple)
def _(x):
    return "seq[" + ", ".join(show(i) for i in x) + "]"


@show.register(type(None))
def _(x):
    return "nothing"


class Animal:
    pass


class Dog(Animal):
    pass


@show.register
def _(x: Animal):
    return f"animal {type(x).__name__}"


print(show(3), show(True), show(2.5), show([1, (2.0, None)]), show("s"), show(Dog()), show({1}))
print(show.dispatch(bool).__name__, show.dispatch(Dog) is show.registry[Animal], len(show.registry))
print(sorted(k.__name__ for k in show.registry.keys()))


class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return f"? {arg}"

    @fmt.register
    def _(self, arg: int):
        return f"int:{arg:04d}"

    @fmt.register
    def _(self, arg: str):
        return f"str:{arg.upper()}"


f = Formatter()
print(f.fmt(7), f.fmt("ab"), f.fmt(1.5))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)

    wrapper.calls = 0
    return wrapper


@deco
def area(w: float, h: float = 1.0) -> float:
    """Compute an area."""
    return w * h


print(area.__name__, area.__doc__, area.__qualname__, area.__annotations__, area.__wrapped__.__name__, area(3, 4))
print(area.__module__, hasattr(area, "calls"), area.__dict__.keys() - {"__wrapped__"})


def outer():
    def inner():
        pass

    return inner


print(outer().__qualname__, functools.update_wrapper(lambda: 0, outer).__name__)

p = functools.partial(int, base=2)
print(p("1011"), p.func is int, p.args, p.keywords, repr(p))
p2 = functools.partial(p, "111")
print(p2(), repr(p2))


def power(b, e):
    return b ** e


sq = functools.partial(power, e=2)
print(sq(9), [sq(i) for i in range(4)], repr(sq).startswith("functools.partial(<function power at"))


class Calc:
    def add(self, a, b):
        return a + b

    inc = functools.partialmethod(add, 1)


print(Calc().inc(41))


@functools.lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())


@functools.cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20), fact.cache_info())
print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(lambda a, b: a + b, [], 10))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)


def cmp(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)


print(sorted(["ccc", "a", "bb", "aa", "b"], key=functools.cmp_to_key(cmp)))
Point = namedtuple("Point", "x y")


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("computing")
        return round(3.14159 * self.r ** 2, 3)


c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
del c.area
print(c.area)
