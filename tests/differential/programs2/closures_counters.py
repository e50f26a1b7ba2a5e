from functools import wraps, lru_cache, partial, reduce, cached_property
import time


def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    inc.reset = reset
    return inc


c = make_counter(10, 5)
print(c(), c(), c())
c.reset()
print(c())
adders = [lambda x, i=i: x + i for i in range(4)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in late])


def memo(fn):
    cache = {}

    @wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        wrapper.misses += 1
        return cache[args]

    wrapper.misses = 0
    wrapper.cache = cache
    return wrapper


@memo
def slow_square(n):
    """Square n slowly."""
    return n * n


print([slow_square(i % 3) for i in range(7)], slow_square.misses, len(slow_square.cache))
print(slow_square.__name__, slow_square.__doc__, slow_square.__wrapped__(9))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


def power(base, exp):
    return base ** exp


square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(7), cube(3), square.func.__name__, square.keywords)
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4], 0))


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        return 3.14159 * self.r ** 2


ci = Circle(2)
print(ci.area, ci.area, ci.computed)
del ci.area
print(ci.area, ci.computed)


def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run


p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello Big World  "))


def accumulate_calls():
    log = []

    def record(name):
        def deco(fn):
            def inner(*a, **k):
                log.append((name, a, tuple(sorted(k.items()))))
                return fn(*a, **k)
            return inner
        return deco

    @record("add")
    def add(a, b=0):
        return a + b

    add(1, 2)
    add(3, b=4)
    return log


print(accumulate_calls())
x = 0


def outer():
    x = 1

    def middle():
        def inner():
            return x
        return inner()
    return middle()


print(outer())
