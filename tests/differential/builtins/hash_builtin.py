# hash() of ints, floats, bools, tuples and frozensets of numbers (never of str).
for v in [0, 1, -1, -2, 2 ** 31, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, 123456789012345678901234567890]:
    print(v, hash(v))
for v in [0.0, -0.0, 0.5, 1.5, -2.5, 1e300, 1e-300, 3.141592653589793, float("inf"), float("-inf"), 2.0 ** 80]:
    print(v, hash(v))
print(hash(True), hash(False))
for t in [(), (0,), (1, 2), (2, 1), (1, (2, 3)), ((),), (1.5, -1), (True, 0), (2 ** 70, -3)]:
    print(t, hash(t))
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1.0, 2.0)), hash(range(3)) == hash(range(0, 3)))
for bad in [[1], {}, {1}, (1, [2]), bytearray(b"x")]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
class H:
    def __hash__(self):
        return 12345
print(hash(H()), hash((H(), 1)) == hash((12345, 1)))
values = [0, 1, -1, 2 ** 64, 1.5, (1, 2), frozenset({1})]
table = {}
for v in values:
    table[hash(v) % 7] = table.get(hash(v) % 7, []) + [v]
print(sorted(table.items(), key=lambda kv: kv[0]))
print(hash(-0.0) == hash(0), hash(float(2 ** 61 - 1)), hash(-(2 ** 61 - 1)), hash(2 ** 62))
