# Sorting records where keys can fail, and comparing mixed types.
records = [("bob", 3, 2.5), ("amy", 3, 1.0), ("cat", 1, None), ("dan", 2, 7)]

def key_score(r):
    if r[2] is None:
        raise ValueError(f"missing score for {r[0]}")
    return r[2]

data = list(records)
try:
    data.sort(key=key_score)
except ValueError as e:
    print("sort failed:", e)
print("unchanged:", data == records, data)

for r in records:
    pass
try:
    sorted(records, key=lambda r: r[2])
except TypeError as e:
    print("TypeError:", e)
print(sorted(records, key=lambda r: (r[2] is None, r[2] or 0)))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower), sorted("hello"))

for a, b in [([1, 2], [1, "x"]), ([1, 2], [1, 2, 3]), ((1, "a"), (1, 2)), ([1], (1,)), ("a", 1),
             (None, 0), ({1}, {1, 2}), ({1: 2}, {1: 2}), ([[1]], [["a"]]), (1.5, True), ([], [])]:
    for op, f in [("<", lambda x, y: x < y), ("==", lambda x, y: x == y), (">=", lambda x, y: x >= y)]:
        try:
            r = f(a, b)
        except TypeError as e:
            r = f"TypeError: {e}"
        print(repr(a), op, repr(b), "->", r)

for bad in [[3, "a", 1], [1, None], [{1}, {2}, {0}], [[1], (1,)], [1.5, 2, True, "x"]]:
    try:
        print(sorted(bad))
    except TypeError as e:
        print("sorted TypeError:", e)
for f in (min, max):
    for args in [([],), ((),), ("",), ([], ), ([3, "x"],)]:
        try:
            print(f.__name__, f(*args))
        except (ValueError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)
    print(f([], default="none"), f([4, 1, 9], key=lambda v: -v), f("abc", "abd"), f(3, 1, 2, key=abs))
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
try:
    min(5)
except TypeError as e:
    print("TypeError:", e)

class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), min(vs))
try:
    print(vs[0] > vs[1], vs[0] <= vs[1])
except TypeError as e:
    print("TypeError:", e)
stable = sorted([(1, "b"), (0, "a"), (1, "a"), (0, "b")], key=lambda p: p[0])
print(stable)
nan = float("nan")
print(sorted([3, nan, 1]) [1:], max(nan, 1), max(1, nan), min([2, nan, 1]))
print(sum([0.1] * 10), sum([1, 2], 10), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([1e100, 1.0, -1e100]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(sum(range(101)), sum([True] * 5), sum([], 0.0), sum([1, 2.5]), sum(x / 10 for x in range(10)))
