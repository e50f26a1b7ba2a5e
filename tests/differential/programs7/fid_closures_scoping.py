# Closures and scoping: nonlocal counters, late binding, class-body scope rules, global in
# nested functions, closures over loop variables, default-argument capture, decorators with args.
import functools

total = 0


def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


c1, c2 = make_counter(), make_counter(10)
print(c1(), c1(), c2(5), c1.__closure__[0].cell_contents if c1.__closure__ else None)


def add_total(x):
    global total
    total += x
    return total


print(add_total(3), add_total(4), total)


class Scope:
    x = 5
    ys = [x * i for i in range(3)] if False else [5 * i for i in range(3)]
    doubled = (lambda x=x: x * 2)()


print(Scope.ys, Scope.doubled)


def repeat(n):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(n)]
        return wrapper
    return deco


@repeat(3)
def hello(name="x"):
    return "hi " + name


print(hello("al"), hello.__name__)
adders = []
for i in range(3):
    adders.append(lambda v, i=i: v + i)
print([f(10) for f in adders])


def outer():
    v = "outer"

    def middle():
        def inner():
            return v
        return inner()
    v = "rebound"
    return middle()


print(outer())


def shadow():
    try:
        print(undefined_local)
        undefined_local = 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)


shadow()


def memo(fn):
    cache = {}

    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped


@memo
def tri(n):
    return n if n < 2 else n + tri(n - 1)


print(tri(30), len(tri.cache), sorted(tri.cache)[:3])
gen_fns = [(lambda: n) for n in "ab"]
print([g() for g in gen_fns], (lambda *a, **k: (a, k))(1, b=2))
