# itertools iterators stepped by for loops, next(), yield from and unpacking, including
# a subclass overriding __next__ (which must run) and exhaustion.
from itertools import permutations, combinations, count, islice, product


class P(permutations):
    def __next__(self):
        v = super().__next__()
        return v[::-1]


print(list(permutations(range(3))))
print([x for x in P([1, 2, 3])])
n = 0
for p in permutations(range(5)):
    if p[0] < p[-1]:
        n += 1
print(n)
it = permutations([1, 2])
print(next(it), next(it), next(it, "done"))
for t in it:
    print("never", t)


def g():
    r = yield from permutations([1, 2])
    print("yield from result", r)
    r = yield from combinations("abc", 2)
    print("yield from result", r)


print(list(g()))
a, b, c = list(combinations(range(4), 3))[:3]
print(a, b, c)
x, y = islice(count(5), 2)
print(x, y, sum(1 for _ in product(range(3), repeat=3)))
