from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle,
                       dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat, starmap,
                       takewhile, tee, zip_longest)
import operator

sales = [("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
         ("2024-02", "south", 130), ("2024-02", "west", 40), ("2024-03", "north", 150)]

for month, rows in groupby(sales, key=operator.itemgetter(0)):
    rows = list(rows)
    print(month, len(rows), sum(r[2] for r in rows), [r[1] for r in rows])
by_region = {k: [r[2] for r in g] for k, g in groupby(sorted(sales, key=lambda r: r[1]), key=lambda r: r[1])}
print(by_region)
monthly = [sum(r[2] for r in g) for _, g in groupby(sales, key=lambda r: r[0])]
print(list(accumulate(monthly)), list(accumulate(monthly, max)), list(accumulate(monthly, operator.mul, initial=1)))
print([b - a for a, b in pairwise(monthly)], list(pairwise("abc")))
print(list(islice(cycle("RGB"), 7)), list(repeat("x", 3)), list(zip(count(10, 5), "abc")))
print(list(islice(count(0.5, 0.25), 4)), list(islice(range(100), 10, 20, 3)), list(islice("abcdef", None, 4)))
print(list(takewhile(lambda v: v < 100, monthly)), list(dropwhile(lambda v: v < 100, monthly)))
print(list(filterfalse(str.isdigit, "a1b2c3")), list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.mul, zip(range(4), range(4)))))
print(list(chain("ab", [1, 2], (None,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest()))
print(list(combinations("ABCD", 2)), len(list(combinations(range(10), 4))))
print(list(combinations_with_replacement("xy", 3)), list(permutations([1, 2, 3], 2)))
print(list(product("ab", repeat=2)), list(product([1, 2], "xy", [True])), len(list(product(range(3), repeat=4))))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))
coins = [1, 5, 10, 25]
ways = [c for n in range(1, 5) for c in combinations_with_replacement(coins, n) if sum(c) == 30]
print(len(ways), ways[:4])
letters = sorted(set(p for p in permutations("tea")))
print(["".join(p) for p in letters])
it = iter(range(10))
chunks = list(iter(lambda: list(islice(it, 3)), []))
print(chunks)
print(list(map(operator.add, [1, 2, 3], [10, 20, 30])), list(map(lambda *t: sum(t), [1, 2], [3, 4], [5, 6])))
print(list(enumerate("xyz", start=1)), list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", count())))
print(sorted(k for k, _ in groupby("aaabbbcca")), [(k, len(list(g))) for k, g in groupby("aaabbbcca")])
total = 0
for i, (r1, r2) in enumerate(pairwise(sales), 1):
    if r1[1] == r2[1]:
        total += 1
print("adjacent same region:", total)
