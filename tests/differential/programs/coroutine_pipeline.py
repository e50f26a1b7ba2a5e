# Generator-based pipelines and coroutines: send(), close(), yield from delegation, return values.
import functools


def coroutine(fn):
    @functools.wraps(fn)
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start


@coroutine
def running_stats():
    n = total = 0
    lo = hi = None
    try:
        while True:
            x = yield (n, total / n if n else 0.0)
            if x is None:
                break
            n += 1
            total += x
            lo = x if lo is None else min(lo, x)
            hi = x if hi is None else max(hi, x)
    finally:
        print(f"  stats closing after {n} values")
    return {"n": n, "mean": round(total / n, 3), "range": (lo, hi)}


def delegate(results):
    while True:
        summary = yield from running_stats.__wrapped__()
        results.append(summary)


@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


@coroutine
def printer(prefix):
    count = 0
    try:
        while True:
            line = yield
            count += 1
            print(f"{prefix}{count}: {line}")
    except GeneratorExit:
        print(f"{prefix}printer closed after {count}")


def chunks(iterable, size):
    chunk = []
    for x in iterable:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def numbers():
    yield from range(3)
    yield from "ab"
    return "numbers done"


def wrapper():
    result = yield from numbers()
    yield result.upper()


s = running_stats()
for v in [4, 8, 15, 16, 23, 42]:
    print(s.send(v))
try:
    s.send(None)
except StopIteration as e:
    print("final:", e.value)

results = []
d = delegate(results)
next(d)
for v in [1, 2, 3, None, 10, 20, None]:
    d.send(v)
d.close()
print(results)

p = printer("match ")
g = grep("error", p)
for line in ["ok: started", "error: disk full", "warn: slow", "error: timeout", "ok: done"]:
    g.send(line)
g.close()
p.close()
p.close()
print(list(chunks(range(7), 3)), list(chunks([], 2)))
print(list(wrapper()))
gen = (x * x for x in range(5))
print(next(gen), next(gen), list(gen), list(gen))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for _, x in zip(range(n), it):
        yield x


print(list(take(10, fib())))
evens = (x for x in fib() if x % 2 == 0)
print([next(evens) for _ in range(5)])
closed = fib()
next(closed)
closed.close()
print(next(closed, "exhausted"))
try:
    running_stats().throw(ValueError("bad input"))
except ValueError as e:
    print("thrown back:", e)
pipeline = sum(x for x in map(lambda n: n * 3, filter(lambda n: n % 2, range(20))) if x > 10)
print(pipeline)
