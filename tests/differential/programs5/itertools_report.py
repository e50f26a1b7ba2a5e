"""itertools in a small sales report."""
import itertools
import operator
from itertools import (groupby, accumulate, product, permutations, combinations, combinations_with_replacement,
                       chain, islice, zip_longest, starmap, takewhile, dropwhile, pairwise, tee, cycle, count,
                       compress, filterfalse, repeat)

sales = [("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
         ("2024-02", "east", 60), ("2024-03", "south", 150), ("2024-03", "north", 30), ("2024-03", "east", 75)]

for month, rows in groupby(sales, key=operator.itemgetter(0)):
    rows = list(rows)
    print(month, len(rows), sum(r[2] for r in rows))

by_region = sorted(sales, key=lambda r: r[1])
print({k: [r[2] for r in g] for k, g in groupby(by_region, key=lambda r: r[1])})
print([(k, len(list(g))) for k, g in groupby("aaabccddddde")])

amounts = [r[2] for r in sales]
print(list(accumulate(amounts)), list(accumulate(amounts, max)), list(accumulate(amounts, operator.mul, initial=1))[:4])
print(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b)))

print(list(product("AB", [1, 2])), len(list(product(range(3), repeat=3))))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))))
print(list(combinations([1, 2, 3, 4], 3)), list(combinations_with_replacement("xy", 2)))
print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice(count(10, 5), 4)), list(islice("abcdefgh", 1, 7, 2)), list(islice(range(100), None, 3))[:5])
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest([1, 2], [3], [4, 5, 6])))
print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(starmap(lambda *a: sum(a), [(1, 2, 3), ()])))
print(list(takewhile(lambda x: x < 100, amounts)), list(dropwhile(lambda x: x < 100, amounts)))
print(list(pairwise([1, 4, 9, 16])), [b - a for a, b in pairwise(amounts)])
a, b = tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))
print(list(islice(cycle("xyz"), 7)), list(repeat("r", 3)), list(map(pow, range(4), repeat(2))))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda x: x % 2, range(10))))

counter = count(start=1.5, step=0.5)
print([next(counter) for _ in range(4)])
print(repr(count(3)), repr(repeat(1, 2)))

grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(list(zip(*grid)), list(map(sum, zip(*grid))))
print(list(itertools.chain(*grid))[::2])
print(sum(1 for _ in filter(None, [0, 1, "", "a", None, [], [0]])))

it = iter(range(10))
print(list(zip(it, it)))
pairs = list(enumerate("hey", start=1))
print(pairs, dict(pairs), list(reversed(pairs)))
print(list(map(lambda x, y: x + y, "abc", "de")), list(zip("ab", range(5), strict=False)))
try:
    list(zip("ab", "abc", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(islice("abc", -1))
except ValueError as e:
    print("ValueError:", str(e)[:60])
best = max(product(range(1, 5), repeat=2), key=lambda p: (p[0] * p[1]) % 5)
print(best, sorted(set(map(len, ["a", "bb", "cc", "d"]))))
print(list(itertools.batched(range(7), 3)) if hasattr(itertools, "batched") else "no batched")
