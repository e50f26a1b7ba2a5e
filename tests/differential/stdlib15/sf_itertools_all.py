import itertools as it
import operator

print(list(it.islice(it.count(10, 2.5), 5)), list(it.islice(it.count(), 3)), repr(it.count(5)), repr(it.count(1, 2)))
print(list(it.islice(it.cycle("abc"), 7)), list(it.repeat("x", 3)), repr(it.repeat(1, 2)), list(map(pow, range(5), it.repeat(2))))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul, initial=10)), list(it.accumulate([], initial=5)))
print(list(it.chain("ab", [1, 2], (3,))), list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.filterfalse(None, [0, 1, "", "a", None])))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "akee"], key=lambda s: s[0])
for k, g in it.groupby(data, key=lambda s: s[0]):
    print(k, list(g))
print([(k, len(list(g))) for k, g in it.groupby("aaabbbcccaad")])
groups = [(k, g) for k, g in it.groupby("aabbc")]
print([(k, list(g)) for k, g in groups])
print(list(it.islice("abcdefg", 2, None, 2)), list(it.islice(range(100), 3, 10, 3)), list(it.islice("abc", None)))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(lambda *a: sum(a), [(1, 2, 3), ()])))
a, b = it.tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
t1, t2, t3 = it.tee("xyz", 3)
print(list(t1), list(t2), list(t3))
print(list(it.zip_longest("abc", [1, 2], fillvalue="-")), list(it.zip_longest()), list(it.zip_longest([1], [], [2, 3])))
print(list(it.pairwise("abcd")), list(it.pairwise([1])), list(it.pairwise([])))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy", [True])), list(it.product()), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc")), list(it.permutations(range(4), 2))[:5], list(it.permutations([], 0)), list(it.permutations("ab", 3)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(5), 3))[-2:], list(it.combinations("ab", 0)), list(it.combinations("ab", 5)))
print(list(it.combinations_with_replacement("abc", 2)), len(list(it.combinations_with_replacement(range(5), 3))))
print(hasattr(it, "batched"))
def chunked(iterable, n):
    itr = iter(iterable)
    while chunk := tuple(it.islice(itr, n)):
        yield chunk
print(list(chunked(range(10), 4)))
def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    pending = len(iterables)
    while pending:
        try:
            for n in nexts:
                yield n()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))
print(list(roundrobin("ABC", "D", "EF")))
def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
print(list(powerset([1, 2, 3])))
def unique_everseen(iterable, key=None):
    seen = set()
    for el in iterable:
        k = el if key is None else key(el)
        if k not in seen:
            seen.add(k)
            yield el
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(it.islice(it.accumulate(it.repeat(1)), 5)), sum(1 for _ in it.combinations(range(20), 3)))
for bad in [lambda: it.islice("a", -1), lambda: it.permutations("ab", -1), lambda: it.repeat(), lambda: it.count("a"), lambda: it.tee([], -1), lambda: list(it.accumulate([1, "a"])), lambda: it.islice("abc", 1.5)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
c = it.count(3)
next(c)
print(c, it.count(0.5, 0.25), it.count(2, -1))
r = it.repeat("a", 2)
print(r.__length_hint__(), len(list(it.product("ab", "cd", "ef"))))
print(type(it.groupby("a")).__name__, type(it.chain()).__name__, isinstance(it.chain(), it.chain))
print(list(zip(*it.tee(range(3)))), dict(it.zip_longest("ab", range(3))))
print(list(it.starmap(operator.add, zip(it.count(), "ab"*0 + "  "))) if False else sorted(it.chain(*[[3, 1], [2]])))
