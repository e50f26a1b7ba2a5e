# map and filter: laziness, multiple iterables, None as predicate.
print(list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab", "abc"])), list(map(int, "123")))
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda *xs: sum(xs), [1, 2], [10, 20], [100, 200])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2c3")))
calls = []
def noisy(x):
    calls.append(x)
    return x * 2
m = map(noisy, [1, 2, 3])
print(calls, type(m).__name__)
print(next(m), calls)
print(list(m), calls, list(m))
f = filter(lambda v: v > 1, [1, 2, 3])
print(type(f).__name__, next(f), list(f))
try:
    list(map(lambda x, y: x + y, [1], "a"))
except TypeError as e:
    print("TypeError", e)
try:
    map(len)
except TypeError as e:
    print("TypeError", e)
try:
    list(map(5, [1]))
except TypeError as e:
    print("TypeError", e)
try:
    list(filter(5, [1]))
except TypeError as e:
    print("TypeError", e)
print(sum(map(int, "1 2 3 4".split())), max(map(abs, [-7, 3])), sorted(map(str, [10, 9, 100])))
print(dict(map(lambda kv: (kv[1], kv[0]), {"a": 1}.items())), set(map(lambda v: v % 3, range(9))))
