"""itertools recipes from the 3.11 docs, run over small inputs."""
import collections
import functools
import itertools as it
import operator
import random


def take(n, iterable):
    return list(it.islice(iterable, n))


def tabulate(function, start=0):
    return map(function, it.count(start))


def nth(iterable, n, default=None):
    return next(it.islice(iterable, n, None), default)


def all_equal(iterable):
    g = it.groupby(iterable)
    return next(g, True) and not next(g, False)


def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))


def ncycles(iterable, n):
    return it.chain.from_iterable(it.repeat(tuple(iterable), n))


def sumprod(v1, v2):
    return sum(map(operator.mul, v1, v2))


def convolve(signal, kernel):
    kernel = tuple(kernel)[::-1]
    n = len(kernel)
    padded = it.chain(it.repeat(0, n - 1), signal, it.repeat(0, n - 1))
    for window in sliding_window(padded, n):
        yield sumprod(kernel, window)


def sliding_window(iterable, n):
    i = iter(iterable)
    window = collections.deque(it.islice(i, n - 1), maxlen=n)
    for x in i:
        window.append(x)
        yield tuple(window)


def grouper(iterable, n, *, incomplete="fill", fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == "fill":
        return it.zip_longest(*args, fillvalue=fillvalue)
    if incomplete == "strict":
        return zip(*args, strict=True)
    if incomplete == "ignore":
        return zip(*args)
    raise ValueError("Expected fill, strict, or ignore")


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(i).__next__ for i in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))


def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)


def before_and_after(predicate, it_):
    it_ = iter(it_)
    transition = []

    def true_iterator():
        for elem in it_:
            if predicate(elem):
                yield elem
            else:
                transition.append(elem)
                return

    def remainder_iterator():
        yield from transition
        yield from it_

    return true_iterator(), remainder_iterator()


def subslices(seq):
    slices = it.starmap(slice, it.combinations(range(len(seq) + 1), 2))
    return map(operator.getitem, it.repeat(seq), slices)


def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), it.groupby(iterable, key)))


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


def random_product(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    return tuple(map(random.choice, pools))


def nth_combination(iterable, r, index):
    pool = tuple(iterable)
    n = len(pool)
    c = 1
    k = min(r, n - r)
    for i in range(1, k + 1):
        c = c * (n - k + i) // i
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


def polynomial_from_roots(roots):
    expansion = [1]
    for r in roots:
        expansion = convolve(expansion, (1, -r))
    return list(expansion)


def factor(n):
    for prime in (2, 3, 5, 7, 11, 13):
        while n % prime == 0:
            yield prime
            n //= prime
    if n > 1:
        yield n


print(take(5, tabulate(lambda x: x * x, 3)), nth("abcdef", 3), nth("ab", 9, "-"))
print(all_equal("aaaa"), all_equal("aab"), all_equal(""), quantify([0, 1, 2, 0, 3]), quantify("aXbY", str.isupper))
print(list(ncycles("ab", 3)), sumprod([1, 2, 3], [4, 5, 6]), list(convolve([1, 2, 3], [1, 1])))
print(list(sliding_window("abcde", 3)), list(grouper("ABCDEFG", 3, fillvalue="x")), list(grouper("ABCDEFG", 3, incomplete="ignore")))
try:
    list(grouper("ABCDEFG", 3, incomplete="strict"))
except ValueError as e:
    print("ValueError:", e)
print(list(roundrobin("ABC", "D", "EF")))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
up, rest = before_and_after(str.isupper, "ABCdEfGh")
print("".join(up), "".join(rest))
print(list(subslices("abc")), list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
d = {1: "a", 2: "b"}
print(list(iter_except(d.popitem, KeyError)), list(iter_except([1, 2].pop, IndexError, lambda: "first")))
print(first_true([0, None, 3, 4]), first_true([], "none"), first_true(range(10), pred=lambda x: x > 6))
random.seed(7)
print(random_product("ab", range(3), repeat=2))
print(nth_combination(range(10), 4, 100), [nth_combination("abcd", 2, i) for i in range(6)])
print(polynomial_from_roots([5, -4, 3]), list(factor(360)), list(factor(97)), list(factor(2 * 3 * 1009)))
print(list(it.pairwise("abcd")), list(it.accumulate([1, 2, 3, 4], operator.mul, initial=10)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 2])), list(it.takewhile(str.isalpha, "ab1c")))
print(list(it.product("ab", repeat=2)), list(it.permutations(range(3), 2)), list(it.combinations_with_replacement("xy", 3)))
print([(k, len(list(g))) for k, g in it.groupby(sorted("mississippi"))], list(it.starmap(pow, [(2, 5), (3, 2)])))
t = it.tee(iter([1, 2, 3]), 3)
print([list(x) for x in t], repr(it.count(5, 2)), repr(it.repeat("x", 2)), repr(it.count(1.5)))
c = it.count(10)
next(c)
print(repr(c), list(it.islice(it.cycle("ab"), 5)), list(it.zip_longest([1, 2], "abc", fillvalue=0)))
print(functools.reduce(operator.add, it.chain([1], (2, 3), {4: 0})), list(it.chain.from_iterable(["ab", "cd"])))
