counter_total = 0


def make_counters():
    counters = []
    for i in range(3):
        counters.append(lambda: i)
    bound = [lambda i=i: i for i in range(3)]
    return [c() for c in counters], [b() for b in bound]


print(make_counters())


def accumulator(start=0):
    total = start
    history = []

    def add(x):
        nonlocal total
        global counter_total
        total += x
        counter_total += 1
        history.append(total)
        return total

    def reset():
        nonlocal total
        total = start
        history.clear()

    add.reset = reset
    add.history = history
    return add


acc = accumulator(10)
print(acc(5), acc(-2), acc.history, counter_total)
acc.reset()
print(acc(1), acc.history, counter_total)


class Config:
    scale = 3
    values = [3 * n for n in range(3)]
    try:
        hidden = [scale * n for n in range(3)]
    except NameError as e:
        print("class scope:", e)
    pairs = {k: k * 2 for k in "ab"}

    def scaled(self, x):
        return x * self.scale


print(Config.values, Config.pairs, Config().scaled(4))


def outer():
    x = "outer"

    def middle():
        def inner():
            return x

        return inner()

    x = "rebound"
    return middle()


print(outer())


def shadow_demo():
    try:
        print(undefined_name)
    except NameError as e:
        print("NameError:", e)

    def uses_before_assign():
        try:
            print(value)
        except UnboundLocalError as e:
            print("UnboundLocalError:", e)
        value = 1
        return value

    return uses_before_assign()


print(shadow_demo())


def fib_gen():
    memo = {0: 0, 1: 1}

    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]

    return fib, memo


fib, memo = fib_gen()
print(fib(50), len(memo), max(memo))
x = 10
squares = [x * x for x in range(4)]
print(x, squares, [(x := v) for v in "ab"], x)
funcs = {}
for name in ("double", "triple"):
    factor = {"double": 2, "triple": 3}[name]
    funcs[name] = lambda v, f=factor: v * f
print({k: f(7) for k, f in funcs.items()})


def deco_with_state(fn):
    calls = 0

    def wrapper(*a):
        nonlocal calls
        calls += 1
        return f"{fn.__name__}#{calls}={fn(*a)}"

    return wrapper


@deco_with_state
def area(w, h):
    return w * h


print(area(2, 3), area(4, 5), area.__name__)
gen_vars = [lambda: n for n in range(2)]
print([g() for g in gen_vars], "n" in globals(), "x" in globals(), sorted(k for k in locals() if k.startswith("acc")))
