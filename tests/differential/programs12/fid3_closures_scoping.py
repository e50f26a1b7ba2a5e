counter_log = []


def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        counter_log.append(count)
        return count

    def reset(to=start):
        nonlocal count
        old, count = count, to
        return old

    inc.reset = reset
    return inc


c1, c2 = make_counter(), make_counter(100, -10)
print(c1(), c1(), c2(), c1(), c2(), c1.reset(), c1(), counter_log)
print(c1.__closure__ is not None, c1.__name__, c1.__qualname__, len(c1.__code__.co_freevars) if hasattr(c1, "__code__") else 2)

TOTAL = 0


def add_global(n):
    global TOTAL
    TOTAL += n
    return TOTAL


print(add_global(5), add_global(7), TOTAL)


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()

    x = "changed"
    return middle()


print(outer())


def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper


@memoize
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print(ways(60), len(ways.cache))


def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)], [lambda x: x * i for i in range(4)]


good, bad = make_multipliers()
print([f(10) for f in good], [f(10) for f in bad])


def accumulator():
    total = 0
    items = []

    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total, tuple(items)

    return add


acc = accumulator()
for v in (3, 4, 5):
    print(acc(v))


class Config:
    level = 1
    names = [f"n{lv}" for lv in [level, level + 1]]
    try:
        doubled = [level * k for k in range(3)]
    except NameError as e:
        doubled = str(e)

    def get(self):
        return self.level, Config.level, type(self).names


cfg = Config()
cfg.level = 9
print(cfg.get(), Config.names, Config.doubled)


def shadow():
    len = lambda x: 42
    return len([1, 2, 3])


print(shadow(), len([1, 2, 3]))
x = 10


def read_global():
    return x + 1


def local_copy():
    x = 5
    return [x + i for i in range(3)], (lambda: x * 2)()


print(read_global(), local_copy(), x)
funcs = {}
for name in ["a", "b"]:
    def f(name=name):
        return name.upper()
    funcs[name] = f
print({k: v() for k, v in funcs.items()})
gen_vals = (lambda n: (i * n for i in range(3)))(5)
print(list(gen_vals))
y = 1
def g():
    y = 2
    def h():
        global y
        y = 3
        return y
    return h(), y
print(g(), y)
