from itertools import (groupby, accumulate, pairwise, islice, tee, product, permutations,
                       combinations, combinations_with_replacement, zip_longest, starmap,
                       chain, compress, dropwhile, takewhile, count, cycle, repeat, filterfalse)
import operator

SALES = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-01", "east", 95),
    ("2024-02", "north", 130), ("2024-02", "south", 60),
    ("2024-03", "north", 90), ("2024-03", "east", 150), ("2024-03", "south", 85), ("2024-03", "west", 10),
]

for month, rows in groupby(SALES, key=lambda r: r[0]):
    rows = list(rows)
    print(month, len(rows), sum(r[2] for r in rows), max(rows, key=lambda r: r[2])[1])

by_region = sorted(SALES, key=operator.itemgetter(1))
print({k: [r[2] for r in g] for k, g in groupby(by_region, key=operator.itemgetter(1))})
amounts = [r[2] for r in SALES]
print(list(accumulate(amounts)))
print(list(accumulate(amounts, max)))
print(list(accumulate(amounts, operator.mul, initial=1))[:4])
print([b - a for a, b in pairwise(amounts)])
print(list(islice(amounts, 2, 8, 2)), list(islice(count(10, 5), 4)))
a, b = tee(iter(amounts), 2)
print(next(a), next(a), next(b), list(zip(a, b))[:3])
print(list(product("ab", [1, 2])), len(list(product(range(3), repeat=3))))
print(list(permutations("abc", 2)))
print(list(combinations([1, 2, 3, 4], 3)))
print(list(combinations_with_replacement("xy", 3)))
print(list(zip_longest("abc", [1], fillvalue="-")))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(chain.from_iterable([[1, 2], (3,), "de"])), list(chain("ab", range(2))))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 100, amounts)), list(takewhile(lambda x: x > 50, amounts)))
print(list(islice(cycle("xyz"), 7)), list(repeat("na", 3)), list(filterfalse(lambda x: x % 2, range(8))))

# change-making with product: combos of coins summing to 30
coins = [5, 10, 25]
ways = [c for c in product(range(7), range(4), range(2)) if sum(n * v for n, v in zip(c, coins)) == 30]
print(ways)
# running top-3 with pairwise diffs over a sliding window
def windows(it, n):
    its = tee(it, n)
    for i, x in enumerate(its):
        for _ in range(i):
            next(x, None)
    return zip(*its)

print([sum(w) / 3 for w in windows(amounts, 3)])
print(["".join(p) for p in permutations("AAB")])
print(sorted(set(permutations("AAB"))))
it = iter(range(10))
print(list(zip(it, it)))
g = groupby("aaabccdaa")
print([(k, len(list(v))) for k, v in g])
print(list(map(operator.add, [1, 2, 3], [10, 20, 30])), list(map(lambda *a: a, "ab", "cd", "ef")))
print(sum(1 for _ in combinations(range(10), 4)), next(permutations(range(3))), list(enumerate("xyz", start=1)))
