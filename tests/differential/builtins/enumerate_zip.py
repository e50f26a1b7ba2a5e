# enumerate (with start) and zip (with strict).
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)), list(enumerate([])))
print(list(enumerate(range(3), 10 ** 20)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"), type(e).__name__)
for i, (a, b) in enumerate(zip("ab", "cd"), start=1):
    print(i, a, b)
print(list(zip()), list(zip([1, 2])), list(zip([1, 2, 3], "ab")), list(zip("abc", range(10), [True] * 2)))
print(dict(zip(["a", "b"], [1, 2])), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip([1, 2], [3, 4], strict=True)))
for args in [([1, 2], [3]), ([1], [2, 3]), ([1, 2], [3, 4], [5]), ([], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)
consumed = []
def gen():
    for i in range(5):
        consumed.append(i)
        yield i
print(list(zip(gen(), "ab")), consumed)
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError", e)
z = zip("ab", "cd")
print(iter(z) is z, list(z), list(z))
