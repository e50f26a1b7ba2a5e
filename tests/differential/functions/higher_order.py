# Functions as values: passing, returning, storing, composing.
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"), apply_n(len, 0, "unchanged"))
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
pipeline = compose(str, abs, lambda v: v - 10)
print(pipeline(3), repr(pipeline(3)))
def memoize(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items()))
def my_map(f, xs):
    return [f(x) for x in xs]
def my_filter(p, xs):
    return [x for x in xs if p(x)]
def my_reduce(f, xs, init):
    for x in xs:
        init = f(init, x)
    return init
data = list(range(1, 11))
print(my_map(lambda x: x ** 2, data))
print(my_filter(lambda x: x % 3 == 0, data))
print(my_reduce(lambda a, b: a * b, data, 1), my_reduce(max, [3, 9, 2], 0))
handlers = {"greet": lambda n: f"Hello {n}", "shout": lambda n: n.upper() + "!", "len": len}
for cmd in ["greet", "shout", "len"]:
    print(cmd, handlers[cmd]("ada"))
def partial(fn, *bound, **kbound):
    def call(*args, **kwargs):
        return fn(*bound, *args, **{**kbound, **kwargs})
    return call
power = partial(pow, 2)
print(power(10), partial(print, "prefix:", sep="|")("x", "y"))
print(list(map(max, [1, 5, 3], [4, 2, 6])), list(map(lambda *t: sum(t), [1, 2], [3, 4], [5, 6])))
print(sorted(["aa", "b", "ccc"], key=len, reverse=True), max(["aa", "b", "ccc"], key=len))
