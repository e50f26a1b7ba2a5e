# Decorators for timing/caching/validation, with functools.wraps and __wrapped__.
import functools

def logged(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            print(f"{prefix} -> {fn.__name__}{args}{kwargs if kwargs else ''}")
            result = fn(*args, **kwargs)
            print(f"{prefix} <- {result!r}")
            return result
        wrapper.calls = 0
        return wrapper
    return deco

def validate(**types):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for name, t in types.items():
                if name in kwargs and not isinstance(kwargs[name], t):
                    raise TypeError(f"{name} must be {t.__name__}, got {type(kwargs[name]).__name__}")
            return fn(*args, **kwargs)
        return wrapper
    return deco

@logged("LOG")
@validate(rate=float)
def interest(principal, *, rate=0.05):
    """Compute one year of interest."""
    return round(principal * rate, 2)

print(interest(1000, rate=0.1))
try:
    interest(1000, rate=1)
except TypeError as e:
    print("TypeError:", e)
print(interest.__name__, interest.__doc__, interest.__qualname__)
print(interest.__wrapped__.__name__, interest.__wrapped__.__wrapped__(50, rate=0.5))
print(hasattr(interest, "calls"), interest.__module__)

def plain(fn):
    def inner(*a):
        return fn(*a)
    return inner
@plain
def named():
    "doc"
print(named.__name__, named.__doc__, hasattr(named, "__wrapped__"), named.__qualname__)

@functools.lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), paths.cache_info())
paths.cache_clear()
print(paths.cache_info())

@functools.cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(30), fact.__wrapped__(5))

class Memo:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.memo = {}
    def __call__(self, *args):
        if args not in self.memo:
            self.memo[args] = self.fn(*args)
        return self.memo[args]

@Memo
def slow_square(n):
    "square it"
    return n * n
print(slow_square(9), slow_square(9), slow_square.memo, slow_square.__name__, slow_square.__doc__)

def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco

class Greeter:
    def __init__(self, name):
        self.name = name
    @repeat(2)
    def hello(self, punct="!"):
        return f"hi {self.name}{punct}"
    @property
    @functools.lru_cache()
    def expensive(self):
        return len(self.name) * 100
    @staticmethod
    @repeat(3)
    def tick():
        return "tick"
g = Greeter("ana")
print(g.hello(), g.hello(punct="?"), g.expensive, Greeter.tick(), Greeter.hello.__name__)
p = functools.partial(interest.__wrapped__.__wrapped__, rate=0.2)
print(p(100), p.func.__name__, p.keywords, p.args)
p2 = functools.partial(max, 5, key=abs)
print(p2(-10, 3), repr(functools.partial(int, base=2)).startswith("functools.partial(<class 'int'>"))
compose = functools.reduce(lambda f, g: lambda x: g(f(x)), [str.strip, str.upper, lambda s: s + "!"])
print(compose("  wow "))
