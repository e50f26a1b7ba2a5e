import functools
import time


def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        old, count = count, 0
        return old

    return inc, reset


inc, reset = counter()
print(inc(), inc(5), reset(), inc())

adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])


def retry(times=3, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        wrapper.attempts = times
        return wrapper
    return deco


state = {"n": 0}


@retry(times=4, exceptions=(ValueError,))
def flaky(threshold):
    """Fails until called `threshold` times."""
    state["n"] += 1
    if state["n"] < threshold:
        raise ValueError(f"not yet ({state['n']})")
    return f"ok after {state['n']}"


print(flaky(3), flaky.__name__, flaky.__doc__, flaky.attempts, flaky.__wrapped__.__name__)
state["n"] = 0
try:
    flaky(10)
except RuntimeError as e:
    print("RuntimeError:", e)


def memoize(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


@memoize
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(50), len(ways.cache) > 10)


def trace(fn):
    depth = [0]

    def wrapper(*args):
        print("  " * depth[0] + f"-> {fn.__name__}{args}")
        depth[0] += 1
        try:
            result = fn(*args)
        finally:
            depth[0] -= 1
        print("  " * depth[0] + f"<- {result}")
        return result
    return wrapper


@trace
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


gcd(48, 18)


class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)


@CountCalls
def greet(name, *, punct="!"):
    return f"hi {name}{punct}"


print(greet("a"), greet("b", punct="?"), greet.calls, greet.__name__)


def compose(*fns):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)


pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(pipeline("  Hello World  "))
p = functools.partial(int, base=2)
print(p("1010"), p.func.__name__, p.keywords, functools.partial(pow, 2)(10))
t0 = time.perf_counter()
elapsed = time.perf_counter() - t0
print(elapsed >= 0, isinstance(time.time(), float), time.monotonic() > 0)


def make_multipliers():
    return {name: (lambda k: lambda x: x * k)(k) for name, k in [("double", 2), ("triple", 3)]}


m = make_multipliers()
print(m["double"](7), m["triple"](7), sorted(m))
x = "global"


def outer():
    x = "enclosing"

    def inner():
        return x

    x = "rebound"
    return inner()


print(outer(), x)


def kwargs_demo(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw


print(kwargs_demo(1, d=4), kwargs_demo(1, 2, 3, 4, 5, d=6, z=7))
try:
    kwargs_demo(1)
except TypeError as e:
    print("TypeError:", e)
try:
    kwargs_demo(a=1, d=2)
except TypeError as e:
    print("TypeError:", e)
