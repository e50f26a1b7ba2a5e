# Generator protocol: send, throw, close, return values through yield from, StopIteration.value,
# gi_running-free patterns, generator expressions capture, infinite generators with islice.
import itertools


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            break
        total += term
        count += 1
        avg = total / count
    return (count, avg)


def delegate(results):
    while True:
        res = yield from averager()
        results.append(res)


results = []
g = delegate(results)
next(g)
for v in [10, 20, 30]:
    print(g.send(v))
g.send(None)
for v in [1, 2]:
    g.send(v)
g.send(None)
print(results)


def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
    finally:
        print("worker closing")


w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad"))
w.send(2)
w.close()
print(w.close())
try:
    w.send(3)
except StopIteration:
    print("closed generator raises StopIteration")


def gen_ret():
    yield 1
    return "done"


it = gen_ret()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value)


def counter():
    n = 0
    while True:
        n += 1
        yield n


print(list(itertools.islice(counter(), 3)), list(zip("ab", counter())))
fs = [(lambda: i) for i in range(3)]
gs = list(lambda i=i: i for i in range(3))
print([f() for f in fs], [g() for g in gs])


def thrower():
    yield 1
    yield 2


t = thrower()
next(t)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(t))
gx = (x * x for x in range(4))
print(next(gx), sum(gx), list(gx))
