import itertools
from itertools import product, permutations, combinations, groupby, count, islice, chain, accumulate
import operator

print(list(product("ab", range(2))), list(product([0, 1], repeat=2)))
print(list(permutations("abc", 2)))
print(list(combinations(range(5), 3)))
print(list(itertools.combinations_with_replacement("ab", 3)))
for key, group in groupby("aaabbbccd"):
    print(key, list(group))
for k, g in groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda w: w[0]):
    print(k, ", ".join(g))
print(list(islice(count(10, 3), 5)), list(islice("abcdefg", 1, None, 2)))
print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3]])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([1, 2], initial=10)))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.filterfalse(None, [0, 1, 2, 0])), list(itertools.compress("abc", [1, 0, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.pairwise([1, 2, 3, 4])))
a, b = itertools.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
print(list(itertools.repeat("x", 3)), repr(itertools.count(5)), repr(itertools.repeat(1, 2)))
c = itertools.cycle([1, 2])
print([next(c) for _ in range(5)])
it = iter(range(10))
print(list(islice(it, 3)), next(it))
total = 0
for x, y in product(range(100), range(100)):
    total += x * y
print(total)
print(sum(1 for _ in permutations(range(7))))
