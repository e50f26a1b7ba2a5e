"""itertools and functools corners: pairwise, accumulate initial=, nested groupby, reduce errors, partial, caches."""
import functools
import itertools
import operator
from functools import cached_property, lru_cache, partial, partialmethod, reduce, total_ordering, wraps

print(list(itertools.pairwise("abcde")), list(itertools.pairwise([1])), list(itertools.pairwise([])))
print(list(itertools.accumulate([1, 2, 3, 4], initial=100)), list(itertools.accumulate([], initial=5)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([1, 2, 3], operator.mul, initial=2)))
print(list(itertools.accumulate(["a", "b", "c"])), list(itertools.accumulate([1.5, 2.25])))
records = [("2024-01", "east", 5), ("2024-01", "east", 3), ("2024-01", "west", 2), ("2024-02", "west", 7), ("2024-02", "west", 1), ("2024-01", "east", 9)]
for month, group in itertools.groupby(records, key=lambda r: r[0]):
    inner = [(region, sum(r[2] for r in g)) for region, g in itertools.groupby(group, key=lambda r: r[1])]
    print(month, inner)
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdaa")])
groups = itertools.groupby([1, 1, 2, 3, 3])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1])), list(itertools.islice(itertools.count(10, 2.5), 4)))
print(list(itertools.islice("abcdefg", 1, None, 3)), list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.zip_longest("ab", [1], fillvalue="-")))
print(list(itertools.product("ab", repeat=2)), len(list(itertools.permutations(range(4), 2))), list(itertools.combinations_with_replacement("xy", 2)))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.filterfalse(None, [0, 1, "", "a"])))
a, b = itertools.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a), list(itertools.chain.from_iterable(["ab", [1]])), list(itertools.repeat("z", 3)))
try:
    itertools.islice("abc", -1)
except ValueError as e:
    print("ValueError", e)
try:
    list(itertools.permutations("ab", -1))
except ValueError as e:
    print("ValueError", e)

print(reduce(operator.add, [1, 2, 3]), reduce(lambda a, b: a * b, [], 1), reduce(operator.add, ["x"]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print("TypeError", e)


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


sq = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
nested = partial(partial(power, 2), mod=5)
print(repr(partial(power, 2, mod=3)).replace(hex(id(power)), "ID").split(" at ")[0], sq(9), cube_mod(4), nested(10), nested.func is power, nested.args, nested.keywords)
print(partial(max, key=len)(["aa", "b", "ccc"]), partial(sorted, reverse=True)([3, 1, 2]), partial(int, base=2)("101"))
try:
    partial()
except TypeError as e:
    print("TypeError", e)
try:
    partial(3)
except TypeError as e:
    print("TypeError", e)


class Cell:
    def __init__(self):
        self.v = 0

    def set(self, v):
        self.v = v
        return self

    reset = partialmethod(set, 0)
    one = partialmethod(set, 1)


print(Cell().one().v, Cell().set(5).reset().v)


class Dataset:
    loads = 0

    def __init__(self, values):
        self.values = values

    @cached_property
    def stats(self):
        Dataset.loads += 1
        return min(self.values), max(self.values), sum(self.values) / len(self.values)


ds = Dataset([4, 8, 15, 16, 23, 42])
print(ds.stats, ds.stats, Dataset.loads, "stats" in vars(ds))
del ds.stats
print(ds.stats, Dataset.loads)
ds.stats = "overridden"
print(ds.stats, Dataset.stats.attrname)

calls = []


@lru_cache(maxsize=2, typed=True)
def square(x):
    calls.append(x)
    return x * x


print(square(2), square(2.0), square(2), square(3), square(4), square(2))
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info(), square.cache_parameters())


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits, fib.cache_info().currsize)


@functools.cache
def ident(*args, **kw):
    calls.append((args, tuple(sorted(kw.items()))))
    return len(args) + len(kw)


print(ident(1, a=2), ident(1, a=2), ident(a=2, b=1), ident(b=1, a=2), len(calls))
try:
    ident([1])
except TypeError as e:
    print("TypeError", e)


def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner


@logged
def documented(x):
    """Return x."""
    return x


print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, o):
        return self.cents == o.cents

    def __lt__(self, o):
        return self.cents < o.cents


print(Money(1) <= Money(2), Money(3) >= Money(3), Money(3) > Money(4), sorted([Money(3), Money(1)], reverse=True)[0].cents)
print(functools.cmp_to_key(lambda a, b: len(a) - len(b))("abc") < functools.cmp_to_key(lambda a, b: len(a) - len(b))("abcd"))
print(sorted(["bb", "a", "ccc", "dd"], key=functools.cmp_to_key(lambda a, b: (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b))))
