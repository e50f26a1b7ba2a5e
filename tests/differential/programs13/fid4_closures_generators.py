# Event handlers built in loops, nonlocal state, and generators that share counters.
handlers = []
for name in ["save", "load", "quit"]:
    handlers.append(lambda: f"handle {name}")
print([h() for h in handlers])
handlers = [lambda n=name: f"handle {n}" for name in ["save", "load", "quit"]]
print([h() for h in handlers])
adders = [(lambda x: x + i) for i in range(3)]
print([f(10) for f in adders])

def counter_factory():
    count = 0
    def gen(limit):
        nonlocal count
        for i in range(limit):
            count += 1
            yield i, count
    def total():
        return count
    return gen, total

gen, total = counter_factory()
g1, g2 = gen(3), gen(2)
print(next(g1), next(g2), next(g1), list(g2), list(g1), total())

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        return inner
    f = middle()
    f()
    f()
    return x
print(outer())

def make_acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    add.reset = lambda: None
    return add
acc = make_acc()
print(acc(5), acc(10), acc.__closure__[0].cell_contents, len(acc.__closure__))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(10, fib())))

def running_avg():
    total, n = 0.0, 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        n += 1
        avg = total / n
    return f"done after {n}"
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 60]])
try:
    ra.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)

def delegate():
    r = yield from running_avg()
    yield f"inner said: {r}"
d = delegate()
next(d)
d.send(4)
print(d.send(None))

x = 10
def shadow():
    try:
        print(x)
        x = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
shadow()
def nested_unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    y = 1
    return inner()
print(nested_unbound())
squares = {n: (lambda k=n: k * k) for n in range(4)}
print({k: f() for k, f in squares.items()})
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
i = "global-i"
lst = [i for i in range(3)]
print(i, lst)
