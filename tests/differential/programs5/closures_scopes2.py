"""Scoping: closures, late binding, nonlocal, global, class scopes, comprehensions."""

counter = 0


def bump(n=1):
    global counter
    counter += n
    return counter


print(bump(), bump(5), counter)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter(10)
inc()
inc(5)
print(get(), inc.__name__, inc.__qualname__)


def outer():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = "inner-set"
            return x

        inner()
        return x

    return middle(), x


print(outer())


class Config:
    base = 10
    scaled = [base * k for k in range(3)] if False else None
    items = ["a", "b"]
    upper = [s.upper() for s in items]

    def method(self):
        return base_fallback()


def base_fallback():
    return "module-level"


print(Config.upper, Config().method())
try:
    class Broken:
        y = 5
        vals = [y * i for i in range(2)]
except NameError as e:
    print("NameError:", e)

x = "global x"


def reader():
    return x


def shadow():
    print(x if False else "skip")
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


print(reader())
shadow()


def accumulate():
    total = []

    def add(v):
        total.append(v)
        return sum(total)

    return add


acc = accumulate()
print(acc(1), acc(2), acc(10), acc.__closure__ is not None)

result = [y for y in range(5) if y % 2]
print(result, [(a, b) for a in range(3) for b in range(a)], {k: v for k, v in zip("ab", (1, 2))})
print([[j for j in range(i)] for i in range(4)])
gen = (n * n for n in range(4))
print(sum(gen), sum(gen))
total = 0
for total in range(3):
    pass
print(total)
print([(lambda q: q * 2)(k) for k in range(3)])


def make_adders():
    return {n: (lambda v, n=n: v + n) for n in (1, 10, 100)}


adders = make_adders()
print({k: f(1) for k, f in adders.items()})


def deco_with_state(fn):
    calls = 0

    def wrapper(*a):
        nonlocal calls
        calls += 1
        return f"{fn.__name__}#{calls}: {fn(*a)}"

    return wrapper


@deco_with_state
def double(v):
    return v * 2


print(double(2), double(5))
del counter
try:
    print(counter)
except NameError as e:
    print("NameError:", e)
