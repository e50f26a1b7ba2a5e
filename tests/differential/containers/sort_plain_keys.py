# Sorting by tuples of numbers and strs (a fast comparison path) must keep CPython's order,
# stability, errors and behavior with NaN, surrogates, big ints, bools and tuple subclasses.
d = {"b": 2, "a": 2, "c": 1, "é": 3, "😀": 3, "\uffff": 3, "ab": 2}
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0]), reverse=True))
print(sorted(d.items()), sorted(d.items(), reverse=True))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (1, "a", 0), (2**70, "x"), (-(2**70), "y"), (1.5, "q"), ()]))
print(sorted([("a", 1), ("a", 1.0), ("a", True)]), sorted([(True, 1), (1, 0), (0, 2)]))
print(sorted([(2.0, "x"), (2, "y"), (1.0, "z")]), sorted([(0.0, 1), (-0.0, 0)]))
for bad in [[(1, "a"), ("b", 2)], [(1, 2), (1, "x")], [(None, 1), (None, 2)], [(1, [2]), (1, (2,))]]:
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError", e)
try:
    sorted([1, "a"], key=lambda x: (x,))
except TypeError as e:
    print("TypeError", e)
data = [3, 2, 4, 1]
try:
    data.sort(key=lambda x: (x % 2, "s" if x == 4 else 0))
except TypeError as e:
    print("TypeError", e, data)
nan = float("nan")
print(sorted([(1, nan), (1, 0.5), (0, nan)]), sorted([(nan, 1), (nan, 0)]))
print(sorted([("\U0001f600",), ("\uffff",), ("a",), ("\ue000",)]), sorted(["\U0001f600", "\uffff", "a", "\ue000"]))
print(sorted([((1, 2), "a"), ((1,), "b"), ((0, 5), "c"), ((1, 2), "A")]))
print(sorted([(i % 3, -i) for i in range(12)]), sorted(range(10), key=lambda i: (i % 2, -i)))
recs = [("bob", 3), ("amy", 3), ("cat", 1), ("dan", 2), ("eve", 3)]
print(sorted(recs, key=lambda r: (r[1],)), sorted(recs, key=lambda r: (-r[1], r[0]), reverse=True))
print(max(recs, key=lambda r: (r[1], r[0])), min(recs, key=lambda r: (r[1], r[0])))


class T(tuple):
    def __lt__(self, o):
        return len(self) > len(o)


print(sorted([T((1,)), T((1, 2)), T((0, 0, 0))]))
print(sorted([(T((1,)), 0), (T((1, 2)), 1)]))
big = [(w % 7, str(w)) for w in range(200)]
big.sort()
print(big[:4], big[-2:])
