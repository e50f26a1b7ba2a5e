# Mixed int/float/bool arithmetic and comparisons.
print(1 + 2.0, 3 * 0.5, 7 - True, 2 ** 0.5, 10 / 5, type(10 / 5).__name__)
print(1 == 1.0 == True, 2 != 2.0, 0 == False == 0.0 == -0.0)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0))
print(hash(1.5), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30))
print(hash(0.1), hash(1e300), hash(float("inf")), hash(-float("inf")), hash(2.0 ** 70) == hash(2 ** 70))
print(hash((1, 2, 3)), hash(()), hash((1,)), hash((1, (2, 3))), hash((1.0, True)) == hash((1, 1)))
print(hash((-1, -2)), hash((2 ** 64, 0)))
print(3 < 4.5, 4.5 < 3, -1 < False, True < 2, 2.0 > True)
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0), max(2, 2.0, key=lambda v: 0))
print(sum([1, 2.5, True]), sum([0.1] * 10), sum([1, 2], 0.5))
print(abs(-3), abs(-3.5), abs(-0.0), abs(False), abs(-(2 ** 70)))
print(-(-5), +(-5), -(5.5), -0, -0.0, +0.0, -(0.0))
print(1e0, 10 ** 0, 10.0 ** 2, 10 ** 2.0, 4 / 2 * 3, 7 // 2 * 2 + 7 % 2)
print(0.1 + 0.7, 0.1 * 3, 1 - 0.9, 100 * 1.1, 3 * 1.1, 1.15 * 100)
values = [3, 1.5, True, -2, 0.0, 2 ** 60]
print(sorted(values), sorted(values, reverse=True))
a = 5
a += 2.5
print(a, type(a).__name__)
a -= 7.5
print(a, type(a).__name__)
n = 3
n *= True
print(n, type(n).__name__)
for a, b in [(1, "1"), ([], 1), (None, 0), ("a", 1.5)]:
    for fn in (lambda x, y: x + y, lambda x, y: x < y, lambda x, y: x * y if not isinstance(y, int) else x - y):
        try:
            print(fn(a, b))
        except TypeError as e:
            print("TypeError", e)
print("ab" * 3, 3 * "ab", [0] * 3, 2 * (1,), "x" * 0, "x" * -2, [1] * True)
