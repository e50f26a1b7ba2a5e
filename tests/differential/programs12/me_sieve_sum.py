# Sequence repetition (`[x] * n`, preallocated for large n) and sum() of lists of bools,
# ints, floats and mixed values.
N = 100000
sieve = [True] * (N + 1)
sieve[0] = sieve[1] = False
for i in range(2, int(N ** 0.5) + 1):
    if sieve[i]:
        sieve[i * i::i] = [False] * len(range(i * i, N + 1, i))
print(sum(sieve), sieve[:12], len(sieve))
grid = [[0] * 5 for _ in range(3)]
grid[1][2] = 7
print(grid, [1, 2] * 40 == [1, 2] * 40, len([None, 0] * 1000), ([1] * 70)[-3:])
print([0.5] * 3, ["ab"] * 2, (1, 2) * 3, [] * 100, [1] * 0, [1] * -5, [[]] * 2)
row = [1, 2, 3] * 30
row[5] = 99
print(sum(row), row[:8], row[-3:])
print(sum([True, True, False]), sum([True] * 100, 5), sum([True, 2.5]), sum([1, True, 0.5]))
print(sum([True, False], True), sum([2**53, True, True]), sum([2**62] * 4), sum([0.1] * 10))
print(sum([1.5, -1.5]), sum([], 0.0), sum([[1], [2]], []), sum([(1,), (2,)], ()))
class C:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return C(o + self.v)
    def __add__(self, o): return C(self.v + (o.v if isinstance(o, C) else o))
print(sum([C(1), C(2)]).v, sum([True, C(3)]).v)
