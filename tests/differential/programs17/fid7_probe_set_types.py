# set/frozenset mixes: result types, comparisons, hashing, methods with several arguments and other iterables.
a = {1, 2, 3}
fa = frozenset({2, 3, 4})
for name, r in [("a|fa", a | fa), ("fa|a", fa | a), ("a&fa", a & fa), ("fa&a", fa & a), ("a-fa", a - fa), ("fa-a", fa - a),
                ("a^fa", a ^ fa), ("fa^a", fa ^ a), ("a.union(fa)", a.union(fa)), ("fa.union(a)", fa.union(a)),
                ("fa.intersection([3,9])", fa.intersection([3, 9])), ("fa.copy()", fa.copy()), ("a.copy()", a.copy()),
                ("fa.difference()", fa.difference()), ("a.union([5],(6,),'7')", a.union([5], (6,), "7")),
                ("frozenset().union(a)", frozenset().union(a)), ("a.symmetric_difference(range(3))", a.symmetric_difference(range(3)))]:
    print(f"{name:36} {type(r).__name__:9} {sorted(r, key=str)}")
print(a == frozenset(a), frozenset(a) == a, {frozenset({1})} == {frozenset({1})}, {1, 2} < fa, {2, 3} <= fa, fa > {4}, fa >= fa, a < a)
print(a.issubset([1, 2, 3, 4]), a.issuperset(range(2)), a.isdisjoint("abc"), fa.isdisjoint([4]), hash(frozenset()) == hash(frozenset([])))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), {frozenset({1, 2}): "x"}[frozenset([2, 1])], frozenset([1, 2]) in {frozenset({1, 2})})
print({1, 2} in [frozenset({1, 2})], {1: 0}.keys() | {2}, type({1: 0}.keys() & {1}), {1: 0}.keys() - [1], {1: 2}.items() | {(3, 4)})
for bad in [lambda: a | [1], lambda: fa & "x", lambda: a < [1], lambda: {[]}, lambda: frozenset([[1]]), lambda: a + a, lambda: fa.add(1),
            lambda: hash(a), lambda: {a}, lambda: a.update(5), lambda: a.remove(99), lambda: set().pop(), lambda: a - 1]:
    try:
        print(bad())
    except (TypeError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
b = set(a)
b |= fa
print(b, type(b).__name__)
f2 = fa
f2 |= {9}
print(sorted(f2), type(f2).__name__, sorted(fa), f2 is fa)
c = {1, 2, 3, 4, 5}
c -= {1}
c &= {2, 3, 4, 9}
c ^= {4, 7}
print(c)
c.difference_update([2], (3,))
c.intersection_update({7, 8}, [7])
c.symmetric_difference_update("ab")
print(sorted(c, key=str))
class MySet(set):
    pass
class MyFrozen(frozenset):
    pass
m = MySet([1, 2])
mf = MyFrozen([2, 3])
print(type(m | {3}).__name__, type(m & mf).__name__, type(mf | m).__name__, type(mf.copy()).__name__, type(m.copy()).__name__)
print(repr(m), repr(mf), repr(MyFrozen()), repr(set()), repr(frozenset()), repr(frozenset({"a"})), str(frozenset([1])))
print(set("hello") == set("olleh"), sorted(set("mississippi")), len(frozenset(range(100))), frozenset(range(3)) | frozenset(range(2, 5)))
print(set.union({1}, [2], [3]), frozenset.intersection(frozenset({1, 2}), {2}), set().union(), set.difference({1, 2}, {1}))
print({1, 2}.__or__([3]), {1}.__and__(5), {1} | {True}, {True} | {1}, {1.0} | {1}, {0, False, 0.0})
