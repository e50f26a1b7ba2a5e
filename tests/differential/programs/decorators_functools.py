import functools
from functools import wraps, cached_property, singledispatch, partial, reduce, cmp_to_key
import time


def trace(fn):
    depth = [0]

    @wraps(fn)
    def wrapper(*args, **kwargs):
        indent = "  " * depth[0]
        arg_s = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"{indent}-> {fn.__name__}({arg_s})")
        depth[0] += 1
        try:
            result = fn(*args, **kwargs)
        except Exception as e:
            print(f"{indent}!! {fn.__name__} raised {e!r}")
            raise
        finally:
            depth[0] -= 1
        print(f"{indent}<- {fn.__name__} = {result!r}")
        return result

    return wrapper


@trace
def gcd(a, b):
    """Greatest common divisor."""
    return a if b == 0 else gcd(b, a % b)


print(gcd(48, 18), gcd.__name__, gcd.__doc__, gcd.__wrapped__.__name__)


def retry(times=3, exceptions=(ValueError,)):
    def deco(fn):
        @wraps(fn)
        def inner(*a, **k):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **k)
                except exceptions as e:
                    last = e
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {times}") from last
        return inner
    return deco


calls = {"n": 0}


@retry(times=4)
def flaky(x):
    calls["n"] += 1
    if calls["n"] < 3:
        raise ValueError(f"flake #{calls['n']}")
    return x * 10


print(flaky(7), calls)


@retry(times=2, exceptions=(KeyError,))
def always_fails():
    raise KeyError("k")


try:
    always_fails()
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2


c = Circle(2)
print(c.area, c.area, "area" in vars(c))
del c.area
print(c.area)


@singledispatch
def show(x):
    return f"object:{x!r}"


@show.register(int)
def _(x):
    return f"int:{x}"


@show.register(list)
def _(x):
    return "list:[" + ",".join(show(i) for i in x) + "]"


@show.register(str)
def _(x):
    return f"str:{x.upper()}"


print(show(5), show("hi"), show([1, "a", 2.5]), show(None), show(True))


def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(compare)))
print(sorted(words, key=lambda w: (w[-1], w)), sorted(words, key=len, reverse=True))
pow2 = partial(pow, 2)
print(pow2(10), pow2.func is pow, pow2.args, partial(print, sep="-")("a", "b"))
print(reduce(lambda acc, w: acc + len(w), words, 0), reduce(max, [3, 9, 2]))


class Registry:
    def __init__(self):
        self.handlers = {}

    def route(self, path):
        def deco(fn):
            self.handlers[path] = fn
            return fn
        return deco

    def dispatch(self, path, *args):
        handler = self.handlers.get(path)
        if handler is None:
            return f"404 {path}"
        return handler(*args)


app = Registry()


@app.route("/hello")
def hello(name="world"):
    return f"hello {name}"


@app.route("/add")
def add(a, b):
    return a + b


print(app.dispatch("/hello"), app.dispatch("/hello", "bob"), app.dispatch("/add", 2, 3), app.dispatch("/nope"))


def countcalls(cls):
    orig = cls.__init__
    cls.created = 0

    def __init__(self, *a, **k):
        cls.created += 1
        orig(self, *a, **k)

    cls.__init__ = __init__
    return cls


@countcalls
class Thing:
    def __init__(self, name):
        self.name = name


ts = [Thing(n) for n in "abc"]
print(Thing.created, ts[1].name)


class classproperty_demo:
    _instances = []

    @classmethod
    def make(cls, *args):
        obj = cls()
        cls._instances.append(args)
        return obj

    @staticmethod
    def helper(x):
        return x * 2


classproperty_demo.make(1)
classproperty_demo.make(2, 3)
print(classproperty_demo._instances, classproperty_demo.helper(21), classproperty_demo().helper(1))
start = time.perf_counter()
elapsed = time.perf_counter() - start
print(elapsed >= 0, type(time.time()).__name__)
gcd(10, "x")
