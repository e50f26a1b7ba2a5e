# set(...)/frozenset(...) of a generator expression: items added as they come, StopIteration inside becomes RuntimeError, a shadowed set is called.
def noisy(x):
    print("item", x)
    return [x] if x == 2 else x
try:
    print(set(noisy(x) for x in range(4)))
except TypeError as e:
    print("TypeError", e)
print(set(x % 3 for x in range(10)), frozenset(x * x for x in [3, -3, 2]), set(c for c in ""))
print(sorted(set(w.lower() for w in "The the THE a A b".split())))
def stop():
    yield 1
    raise StopIteration
try:
    print(set(next(iter([])) for _ in range(2)))
except RuntimeError as e:
    print("RuntimeError", e)
set = lambda g: "shadowed"
print(set(x for x in range(3)))
