# max()/min() of a generator expression of tuples: the number-tuple fast path and every case
# where the general comparison must decide.
nan = float("nan")


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print(max((collatz_len(n), n) for n in range(1, 3000)))
print(min((collatz_len(n), -n) for n in range(2, 3000)))
# Ties: the first maximal item is kept (max) / the first minimal one (min).
print(max((n % 3, n // 10) for n in range(30)))
print(min((n % 3, 0) for n in range(1, 30)))
# Different lengths: the shorter prefix is smaller.
print(max(t for t in [(1, 2), (1, 2, 0), (1,), (1, 2)]))
print(min(t for t in [(1, 2), (1, 2, 0), (1,), (0, 9, 9)]))
# Ints and floats mixed (exact comparison), negative zero, big ints past 2**53.
print(max((x, i) for i, x in enumerate([1, 1.5, 2, 1.999999, 2.0, -0.0, 0])))
print(min((x, i) for i, x in enumerate([0.0, -0.0, 0, 1e-300, -1e-300])))
print(max((x,) for x in [2**53 + 1, 2**53, 2**60, 2**53 + 2.0]))
# NaN items: CPython's tuple comparison tests identity first, so the same NaN object is equal.
ts = [(nan, 1), (nan, 2), (1.0, 0)]
print(max(t for t in ts), min(t for t in ts))
ts2 = [(float("nan"), 1), (float("nan"), 2)]
print(max(t for t in ts2), min(t for t in ts2))
# Strings, None, nested tuples, mixed element types: the general path.
print(max((len(w), w) for w in ["pear", "fig", "plum", "kiwi"]))
print(min((w[0], len(w), w) for w in ["éa", "eb", "😀", "e"]))
print(max(((i, (i % 2, -i)) for i in range(5)), key=None))
print(max((i % 2, (i, "x")) for i in range(5)))
try:
    print(max((1, None) if i else (1, 2) for i in range(2)))
except TypeError as e:
    print("TypeError", e)
try:
    print(min(x for x in [(1, "a"), (1, 2)]))
except TypeError as e:
    print("TypeError", e)
# Tuple subclasses with their own ordering keep it.
class Rev(tuple):
    def __gt__(self, other):
        return tuple(self) < tuple(other)

    def __lt__(self, other):
        return tuple(self) > tuple(other)


print(max(Rev((i, 0)) for i in range(5)), min(Rev((i, 0)) for i in range(5)))
# Lists are not tuples: they compare the same way, through the general path.
print(max([i % 3, i] for i in range(7)), min([i % 3, -i] for i in range(7)))
# bools are ints in comparisons.
print(max((b, i) for i, b in enumerate([True, False, 1, 0])))
