# max(g) / min(g) of a generator expression (inlined as a loop): ties, empty input,
# NaN, mixed types, user comparisons, laziness and a shadowed builtin.
import math


class V:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        print("lt", self.tag, other.tag)
        return self.v < other.v

    def __gt__(self, other):
        print("gt", self.tag, other.tag)
        return self.v > other.v

    def __repr__(self):
        return f"V({self.v}, {self.tag!r})"


xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(max(x for x in xs), min(x for x in xs))
print(max(x * x - 10 * x for x in range(12)), min(x % 7 for x in range(3, 40, 4)))
print(max((x % 3, x) for x in xs), min((x % 3, -x) for x in xs if x > 1))
print(max(w for w in "the quick brown fox".split()), min(len(w) for w in ["ab", "c", "def"]))
# Ties keep the first item.
print(max((V(x % 3, i) for i, x in enumerate([2, 5, 8, 1])), key=None) if False else max(V(x % 3, i) for i, x in enumerate([2, 5, 8, 1])))
print(min(V(x % 3, i) for i, x in enumerate([3, 6, 1, 9])))
print(max(1.0 * x for x in [1, 2, 2]), min(x / 2 for x in [4, 2, 6]), max(x for x in [1, 2.5, True]))
print(max(x for x in [float("nan"), 1.0, 2.0]), max(x for x in [1.0, float("nan"), 2.0]))
print(min(x for x in [2.0, float("nan"), 1.0]), math.isnan(min(x for x in [float("nan")])))
print(max(x for x in [10 ** 30, 10 ** 20, -(10 ** 40)]), min(x for x in [2 ** 60, 2 ** 61 + 1]))
print(max(c for c in "hello"), min(t for t in [(1, "b"), (1, "a")]))
for f in (max, min):
    try:
        f(x for x in [])
    except ValueError as e:
        print(type(e).__name__, e)
try:
    max(x for x in [1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    min(x for x in [(1, 2), (1, "a")])
except TypeError as e:
    print("TypeError", e)


def gen_side():
    for i in range(3):
        print("make", i)
        yield V(i, i)


print(max(v for v in gen_side()))
print(min(v for v in gen_side()))


def stop_early():
    try:
        return max(1 // (x - 2) for x in range(5))
    except ZeroDivisionError as e:
        return f"ZeroDivisionError: {e}"


print(stop_early())
print(max(x for x in range(5)) + min(-x for x in range(5)))
print(max((x for x in []), default="none"), min((x for x in [4, 2]), key=lambda v: -v))


def shadow():
    max = lambda g: sorted(g)
    return max(x for x in [3, 1, 2])


print(shadow())
print(max(max(r) for r in [[1, 7], [3, 4]]), min(min(r) for r in [[5, 6], [2, 8]]))
