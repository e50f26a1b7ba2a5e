# Builtins over iterators: iter with sentinel, next default, zip strict, map with several iterables,
# enumerate start, reversed protocols, sorted stability and keys, min/max default/key, sum start.
import itertools


class Countdown:
    def __init__(self, n):
        self.n = n

    def __call__(self):
        self.n -= 1
        return self.n


print(list(iter(Countdown(5), 1)), list(iter([1, 2, 3].pop, 1)) if False else "", next(iter([]), "empty"))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")), list(lines))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
print(list(zip("abc", [1, 2, 3], strict=True)), list(zip()), list(zip("ab", itertools.count())))
for a, b in [("abc", [1, 2]), ("ab", [1, 2, 3]), ("", [1])]:
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
try:
    list(zip("a", "bc", "de", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200, 300])), list(map(str.upper, "ab")))
print(list(enumerate("xyz", start=10)), list(enumerate([], 5)), list(enumerate("ab", -1)), enumerate("a").__class__.__name__)


class Rev:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class OwnRev:
    def __reversed__(self):
        return iter("zyx")


print(list(reversed(Rev())), list(reversed(OwnRev())), list(reversed(range(1, 10, 3))), list(reversed({"a": 1, "b": 2})),
      list(reversed({"a": 1}.items())), list(Rev()))
for bad in [set(), iter([]), 5, {"a": 1}.keys() if False else (x for x in [])]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
people = [("bob", 25), ("amy", 30), ("cat", 25), ("dan", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: p[1], reverse=True))
print(sorted("Banana apple Cherry".split(), key=str.lower), sorted([3, 1, 2], reverse=True), sorted({3: "a", 1: "b"}), sorted("cba"))
print(min([], default="none"), max([], default=None), min([3, 1, 2], key=lambda x: -x), max("apple", "fig", "kiwi", key=len), min((1, "b"), (1, "a")))
print(max([1, 5, 5, 2], key=lambda x: x // 5), min([2.5, 2, 2.0]), max(2, 2.0), max(True, 1), min(0, False), max([[1, 2], [1, 3]]))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1, "a"]), lambda: min([], [], default=1), lambda: max(1, 2, key=None, bogus=1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print(sum([0.1] * 10), sum([1, 2], 10), sum([[1], [2]], []), sum(range(101)), sum([1.5, 2.5], start=1), sum([], 0.0), sum((x * x for x in range(4))))
for bad in [lambda: sum(["a", "b"], ""), lambda: sum([1, "a"]), lambda: sum([[1]])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(any(x > 2 for x in [1, 2, 3]), all([]), any([]), all([1, "", 3]), list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(str.isdigit, "a1b2")))
print(divmod(-17, 5), pow(2, 10), round(-0.5), abs(-7.25), abs(-3), abs(True), bin(-10), hex(-255), oct(64), chr(0x1F600), ord("€"))
print(list(range(10, 0, -3)), range(0, 10, 3)[1:], range(5)[-1], range(0, -5, -1)[2], 3 in range(0, 10, 3), range(1, 4) == range(1, 4, 1), len(range(0, 100, 7)))
print(range(10).index(3), range(0, 20, 5).count(10), list(range(2 ** 64, 2 ** 64 + 3)), range(-5, 5, 2)[::-1], hash(range(3)) == hash(range(0, 3)))
for bad in [lambda: range(0, 10, 0), lambda: range(1.5), lambda: range(5).index(7), lambda: range(5)[10], lambda: range("a")]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(f"{type(e).__name__}: {e}")
it = iter([1, 2, 3, 4])
print(next(it), list(zip(it, it)), list(it))
gen = (x * 2 for x in range(3))
print(list(gen), list(gen), sorted(set("mississippi")), "".join(sorted("hello", reverse=True)))
print(isinstance(iter([]), type(iter(()))), type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__,
      type(iter(range(3))).__name__, type(reversed([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__)
