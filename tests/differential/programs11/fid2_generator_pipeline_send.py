import itertools


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  averager reset:", e)
            total, count, avg = 0.0, 0, None
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


def delegate(results, key):
    while True:
        results[key] = yield from averager()


def read_batches(data, size):
    it = iter(data)
    while batch := list(itertools.islice(it, size)):
        yield batch


results = {}
for key, values in {"a": [10, 20, 30], "b": [1.5, 2.5], "c": []}.items():
    g = delegate(results, key)
    next(g)
    for v in values:
        print(key, "running avg", g.send(v))
    g.send(None)
print(results)

avg = averager()
next(avg)
print(avg.send(4), avg.send(8))
print(avg.throw(ValueError("bad sensor")))
print(avg.send(1))
try:
    avg.send(None)
except StopIteration as stop:
    print("finished with", stop.value)


def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("  countdown cleanup at", n)


c = countdown(5)
print(next(c), next(c))
c.close()
print(list(c))
for batch in read_batches(range(11), 4):
    print("batch", batch)


def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


nested = [1, [2, [3, (4, 5)], 6], [[7]], 8]
print(list(flatten(nested)), sum(flatten(nested)))
gen = (x * x for x in flatten(nested) if x % 2)
print(next(gen), list(gen), list(gen))
evens = filter(lambda v: v % 2 == 0, itertools.count(1))
print(list(itertools.islice(evens, 5)), next(evens))
pipe = map(str.upper, filter(str.isalpha, ["ab", "1", "cd", "e2", "f"]))
print(list(pipe))


def gen_with_return():
    yield 1
    return "done"

g = gen_with_return()
print(next(g), next(g, "default"))
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value))
