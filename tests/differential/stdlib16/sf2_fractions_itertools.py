"""fractions: constructors, limit_denominator, formatting (3.11: no format spec); itertools edge cases."""
from fractions import Fraction as F
from decimal import Decimal
import itertools as it
import math
import operator

for v in [F(3, 4), F(-6, 8), F("1.25"), F("-3/9"), F(" 7 "), F(0.1), F(Decimal("0.333")), F(2.5), F("1e-3"), F(7)]:
    print(repr(v), str(v), v.numerator, v.denominator, float(v), v.as_integer_ratio())
print(F(math.pi).limit_denominator(), F(math.pi).limit_denominator(100), F(math.pi).limit_denominator(1),
      F(1, 3).limit_denominator(2), F("0.142857").limit_denominator(10))
print(F.from_float(1.1), F.from_decimal(Decimal("1.1")), F(1, 3) + F(1, 6), F(1, 3) * 3, F(1, 2) ** 3, F(4, 9) ** F(1, 2))
print(F(1, 2) ** -2, 2 ** F(1, 2), F(7, 2) // 1, F(-7, 2) % 2, divmod(F(7, 2), F(2, 3)), F(1, 3) + 0.5, F(1, 3) == 1 / 3)
print(round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 3), math.floor(F(-7, 2)), math.ceil(F(7, 2)), math.trunc(F(-7, 2)), int(F(9, 4)))
print(F(1, 3) < 0.34, max(F(1, 2), 0.4, 1), sorted([F(1, 2), 0.3, 1, F(1, 5)]), hash(F(1, 2)) == hash(0.5), F(5, 1).is_integer() if hasattr(F, "is_integer") else "")
print(sum([F(1, n) for n in range(1, 8)]), math.prod(F(n, n + 1) for n in range(1, 6)))
for bad in ["1/0", "abc", "1.2.3", "1 /2", ""]:
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    F(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(format(F(1, 3), ".3f"))
except TypeError as e:
    print("TypeError:", e)
print(format(F(1, 3)), f"{F(1, 3)!s:>8}|{float(F(1, 3)):.4f}")

print(list(it.accumulate([1, 2, 3, 4], initial=100)), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([], initial=0)))
print(list(it.accumulate("abc")), list(it.accumulate([2, 3, 4], operator.mul, initial=1)))
print(list(it.pairwise("abcd")), list(it.pairwise([1])), hasattr(it, "batched"))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"], key=lambda s: s[0])
groups = it.groupby(data, key=lambda s: s[0])
saved = [(k, g) for k, g in groups]
print([(k, list(g)) for k, g in saved])
print([(k, len(list(g))) for k, g in it.groupby("aaabccdddd")])
print([k for k, _ in it.groupby([1, 1, 2, 1, 1])])
a, b = it.tee(iter(range(5)))
print(next(a), next(a), list(b), list(a))
t1, t2, t3 = it.tee("xyz", 3)
print(list(t1), list(t2), list(t3), type(t1).__name__)
print(list(it.zip_longest("ab", "wxyz", fillvalue="-")), list(it.zip_longest()), list(it.zip_longest([1], [])))
print(list(it.islice("abcdefgh", 2, None, 3)), list(it.islice(it.count(), 5)), list(it.islice("abc", 0)))
for bad in [lambda: it.islice("abc", -1), lambda: it.islice("abc", 0, 1, 0), lambda: it.islice("a", "x")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(repr(it.count(5)), repr(it.count(1.5, 0.5)), repr(it.count(step=-1)), repr(it.repeat("a", 3)), repr(it.repeat(1)))
c = it.count(10, 3)
next(c)
print(repr(c), list(it.repeat(7, 0)), list(it.repeat(7, -2)))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x", [True])), list(it.product()))
print(list(it.permutations("abc", 2)), list(it.permutations(range(3), 4)), len(list(it.permutations(range(5)))))
print(list(it.combinations("abcd", 3)), list(it.combinations_with_replacement("ab", 3)), list(it.combinations("ab", 0)))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(None, [0, 1, "", "x"])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.takewhile(str.isdigit, "123ab4")))
print(list(it.chain("ab", [1], ())), list(it.chain.from_iterable(["ab", "cd"])), list(it.cycle("")), list(it.islice(it.cycle("ab"), 5)))
print(list(map(operator.add, it.count(), "ab" * 0)), list(zip(it.count(1), "abc")))
def running_avg(xs):
    for i, s in enumerate(it.accumulate(xs), 1):
        yield round(s / i, 3)
print(list(running_avg([4, 8, 15, 16, 23, 42])))
def chunked(iterable, n):
    iterator = iter(iterable)
    while chunk := tuple(it.islice(iterator, n)):
        yield chunk
print(list(chunked(range(10), 4)))
print(sorted(set(it.permutations([1, 1, 2]))), sum(1 for _ in it.combinations(range(10), 3)))
