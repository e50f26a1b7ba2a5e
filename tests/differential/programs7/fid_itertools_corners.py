# itertools corners: groupby on unsorted data, accumulate with func/initial, product repeat,
# permutations/combinations with r, chain.from_iterable, islice steps, zip_longest fill,
# pairwise, starmap, takewhile/dropwhile, compress, count with float step, tee, cycle.
import itertools as it
import operator

data = "aaabccaab"
print([(k, len(list(g))) for k, g in it.groupby(data)])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5, 7], key=lambda v: v % 2)])
print(list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([])))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), range(4), range(2)))))
print(list(it.permutations([1, 2, 3], 2)), list(it.combinations("abcd", 3)))
print(list(it.combinations_with_replacement("xy", 3)))
print(list(it.chain.from_iterable(["ab", [1, 2], (None,)])))
print(list(it.islice(range(100), 5, 30, 7)), list(it.islice("abcdef", 3)), list(it.islice("abc", 1, None)))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.zip_longest()))
print(list(it.pairwise("wxyz")), list(it.starmap(pow, [(2, 5), (3, 2)])))
print(list(it.takewhile(lambda v: v < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda v: v < 4, [1, 3, 5, 2])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(str.isdigit, "a1b2")))
print(list(it.islice(it.count(0.5, 0.25), 4)), list(it.islice(it.cycle("ab"), 5)))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))
print(list(it.repeat("z", 3)), list(map(operator.add, it.repeat(10), [1, 2])))
groups = {k: "".join(g) for k, g in it.groupby(sorted("banana"))}
print(groups)
print(list(it.batched("abcdefg", 3)) if hasattr(it, "batched") else "no batched")
