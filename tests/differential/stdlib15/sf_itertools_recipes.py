"""itertools recipes from the 3.11 docs, exercised: itertools + operator + functools + collections."""
import collections
import functools
import math
import operator
from itertools import (accumulate, chain, combinations, count, cycle, filterfalse, groupby, islice,
                       permutations, product, repeat, starmap, tee, zip_longest, compress, pairwise)

def take(n, iterable):
    return list(islice(iterable, n))
def tabulate(function, start=0):
    return map(function, count(start))
def tail(n, iterable):
    return iter(collections.deque(iterable, maxlen=n))
def consume(iterator, n=None):
    if n is None:
        collections.deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)
def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)
def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)
def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))
def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))
def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))
def convolve(signal, kernel):
    kernel = tuple(kernel)[::-1]
    n = len(kernel)
    padded_signal = chain(repeat(0, n - 1), signal, repeat(0, n - 1))
    for window in sliding_window(padded_signal, n):
        yield sum(map(operator.mul, kernel, window))
def polynomial_from_roots(roots):
    expansion = [1]
    for r in roots:
        expansion = convolve(expansion, (1, -r))
    return list(expansion)
def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(islice(it, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window.append(x)
        yield tuple(window)
def grouper(iterable, n, *, incomplete="fill", fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == "fill":
        return zip_longest(*args, fillvalue=fillvalue)
    if incomplete == "strict":
        return zip(*args, strict=True)
    if incomplete == "ignore":
        return zip(*args)
    raise ValueError("Expected fill, strict, or ignore")
def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)
def before_and_after(predicate, it):
    it = iter(it)
    transition = []
    def true_iterator():
        for elem in it:
            if predicate(elem):
                yield elem
            else:
                transition.append(elem)
                return
    def remainder_iterator():
        yield from transition
        yield from it
    return true_iterator(), remainder_iterator()
def sieve(n):
    data = bytearray((0, 1)) * (n // 2)
    data[:3] = 0, 0, 0
    limit = math.isqrt(n) + 1
    for p in compress(range(limit), data):
        data[p * p:n:p + p] = bytes(len(range(p * p, n, p + p)))
    data[2] = 1
    return compress(count(), data)
def factor(n):
    for prime in sieve(math.isqrt(n) + 1):
        while True:
            quotient, remainder = divmod(n, prime)
            if remainder:
                break
            yield prime
            n = quotient
            if n == 1:
                return
    if n > 1:
        yield n
def iter_except(func, exception, first=None):
    try:
        if first is not None:
            yield first()
        while True:
            yield func()
    except exception:
        pass
def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)
def random_product_like(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    return tuple(pool[len(pool) // 2] for pool in pools)
def nth_combination(iterable, r, index):
    pool = tuple(iterable)
    n = len(pool)
    c = math.comb(n, r)
    if index < 0:
        index += c
    if index < 0 or index >= c:
        raise IndexError
    result = []
    while r:
        c, n, r = c * r // n, n - 1, r - 1
        while index >= c:
            index -= c
            c, n = c * (n - r) // n, n - 1
        result.append(pool[-1 - n])
    return tuple(result)

print(take(5, tabulate(lambda x: x * x)), list(tail(3, "ABCDEFG")), nth(count(10), 3), nth([], 1, "dflt"))
it = iter(range(10)); consume(it, 3); print(next(it)); consume(it); print(next(it, "exhausted"))
print(all_equal("aaaa"), all_equal("aab"), all_equal([]), quantify([1, 0, 2, None, 3]), list(ncycles("ab", 3)))
print(dotproduct([1, 2, 3], [4, 5, 6]), list(convolve([1, 2, 3], [0, 1, 0.5])), polynomial_from_roots([5, -4, 3]))
print(list(sliding_window("ABCDEFG", 4)), list(grouper("ABCDEFG", 3, fillvalue="x")), list(grouper("ABCDEFG", 3, incomplete="ignore")))
try:
    list(grouper("ABCDEFG", 3, incomplete="strict"))
except ValueError as e:
    print("ValueError:", e)
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
a, b = before_and_after(str.isupper, "ABCdEfGhI")
print("".join(a), "".join(b))
print(list(sieve(60)), list(factor(360)), list(factor(97)), list(factor(2 ** 20 * 3 ** 3)))
print(list(iter_except([1, 2, 3].pop, IndexError)), first_true([0, None, "", 7, 8]), first_true([], "none"), first_true(range(10), pred=lambda x: x > 5))
print(random_product_like("abc", range(4), repeat=2), nth_combination(range(10), 3, 50), [nth_combination("abcde", 2, i) for i in (-1, 0, 9)])
print(list(accumulate(range(1, 6), operator.mul)), list(accumulate([5, 3, 8, 1], min)), list(starmap(math.pow, [(2, 3), (3, 2)])))
print(functools.reduce(operator.or_, [{1}, {2}, {3, 1}]), list(pairwise(accumulate(chain([0], repeat(2, 4))))))
print(sorted(map("".join, permutations("abc", 2))), list(product(*[range(2)] * 3))[-3:], list(combinations(range(4), 3)))
print(take(7, cycle(chain("ab", "c"))), list(zip(count(1), "xyz")), [k for k, _ in groupby(sorted("mississippi"))])
