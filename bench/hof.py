# Closures and higher-order functions: map/filter with lambdas, sorted with key functions,
# functools.reduce and partial, closures over loop state, function composition.
from functools import reduce, partial


def make_adder(k):
    def add(x):
        return x + k
    return add


def compose(f, g):
    return lambda x: f(g(x))


def scale(x, factor=3, offset=0):
    return x * factor + offset


def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def main():
    data = [(i * 7919) % 10007 for i in range(200000)]
    adders = [make_adder(k) for k in range(10)]
    total = 0
    for i, x in enumerate(data):
        total += adders[i % 10](x)
    f = compose(make_adder(5), partial(scale, factor=2))
    mapped = list(map(f, data))
    evens = list(filter(lambda v: v % 3 == 0, mapped))
    red = reduce(lambda a, b: (a * 31 + b) % 1000003, evens, 0)
    words = [str(x) for x in data[:50000]]
    by_len = sorted(words, key=lambda w: (len(w), w[::-1]))
    inc = counter()
    for x in data:
        if x % 3 == 0:
            inc()
        elif x % 3 == 1:
            inc(2)
    sq = sum(map(lambda a, b: a * b % 97, data, mapped))
    best = max(data, key=lambda v: (v % 1000, -v))
    print(total, len(evens), red, by_len[:3], by_len[-3:], inc(0), sq, best)


main()
