# permutations / combinations / combinations_with_replacement for every r, empty pools, tuples built per item.
from itertools import permutations, combinations, combinations_with_replacement
for r in (None, 0, 1, 2, 3, 4, 5):
    p = list(permutations("abcd", r)) if r is not None else list(permutations("abcd"))
    print(r, len(p), p[:3], p[-2:])
for r in (0, 1, 2, 3, 4, 5):
    print(r, list(combinations(range(4), r))[:4], list(combinations_with_replacement("xyz", r))[-3:])
print(list(permutations([])), list(permutations([], 0)), list(combinations([], 0)), list(combinations_with_replacement([], 1)))
print(sum(1 for _ in permutations(range(7))), type(next(permutations([1, 2]))).__name__)
