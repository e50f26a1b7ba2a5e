# Function signatures: positional-only, keyword-only, defaults, *args/**kwargs, and their error texts;
# partial, bound methods, __defaults__/__kwdefaults__, late binding closures.
import functools
import inspect


def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)


print(f(1, d=4), f(1, 2, 3, 4, 5, d=6, z=7), f(1, c=9, d=0), f(*[1, 2], **{"d": 1, "b": 99}))
for call in [lambda: f(), lambda: f(1), lambda: f(1, a=1, d=2), lambda: f(1, 2, 3, d=4, c=5), lambda: f(1, d=4, e=5, **{"e": 6}),
             lambda: f(1, **{1: 2}), lambda: f(1, *5), lambda: f(1, **[1])]:
    try:
        print(call())
    except TypeError as err:
        print("TypeError:", err)


def g(x, y, /):
    return x - y


def h(*, key):
    return key


def k(a, b, c=0):
    return a + b + c


for call in [lambda: g(1), lambda: g(1, y=2), lambda: g(1, 2, 3), lambda: h(1), lambda: h(), lambda: h(key=1, other=2),
             lambda: k(1), lambda: k(1, 2, 3, 4), lambda: k(b=1), lambda: k(1, 2, d=3), lambda: k(1, 2, a=3), lambda: (lambda: 0)(1),
             lambda: (lambda x, *, y: 0)(1, 2), lambda: len(), lambda: len([], []), lambda: abs(x=1), lambda: int("1", 10, 2),
             lambda: sorted([3, 1], lambda x: x), lambda: max(), lambda: divmod(1), lambda: getattr(1), lambda: "x".split(1),
             lambda: [].append(), lambda: {}.get(), lambda: dict(1, 2)]:
    try:
        print(call())
    except TypeError as err:
        print("TypeError:", err)
print(f.__defaults__, f.__kwdefaults__, k.__defaults__, h.__kwdefaults__, g.__code__.co_argcount, f.__code__.co_posonlyargcount,
      f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:7])
print(inspect.signature(f), inspect.signature(g), inspect.signature(h), inspect.signature(lambda *a, **k: 0))


def appender(item, bucket=[]):
    bucket.append(item)
    return bucket


print(appender(1), appender(2), appender(3, []), appender(4))
fns = [lambda: i for i in range(3)]
fns2 = [lambda i=i: i for i in range(3)]
print([fn() for fn in fns], [fn() for fn in fns2])
p = functools.partial(f, 1, d=10)
print(p(2), p(2, 3, 4, e=0), p.func.__name__, p.args, p.keywords)
pp = functools.partial(p, 7, e=8)
print(pp(), pp.args, pp.keywords, pp.func is f)


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, n=1, /, *, times=1):
        self.total += n * times
        return self

    @staticmethod
    def s(x):
        return x * 2

    @classmethod
    def c(cls, x):
        return (cls.__name__, x)


a = Acc()
m = a.add
print(m(5).total, m(times=3).total, m.__self__ is a, m.__func__ is Acc.add, m.__name__, Acc.add.__qualname__, Acc.s(4), a.s(5), a.c(1), Acc.c(2))
for call in [lambda: Acc.add(), lambda: a.add(1, 2), lambda: a.add(n=3), lambda: Acc.s(), lambda: Acc().add(times="x") and None]:
    try:
        print(call())
    except TypeError as err:
        print("TypeError:", err)
print(m == a.add, m is a.add, Acc.s is Acc.s, callable(m), callable(Acc), callable(a), type(m).__name__, type(Acc.__dict__["s"]).__name__)


def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = counter()
inc()
inc(5)
print(get(), inc.__closure__ is not None, len(inc.__closure__), inc.__closure__[0].cell_contents, counter.__code__.co_cellvars if hasattr(counter.__code__, "co_cellvars") else None)


def deco_with_args(prefix, *, upper=False):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            out = fn(*args, **kwargs)
            out = f"{prefix}{out}"
            return out.upper() if upper else out
        wrapper.calls = 0
        return wrapper
    return deco


@deco_with_args("> ", upper=True)
def greet(name, punct="!"):
    """Say hi."""
    return f"hi {name}{punct}"


print(greet("ann"), greet("bo", punct="?"), greet.__name__, greet.__doc__, greet.__wrapped__("x"), greet.calls, inspect.signature(greet))
