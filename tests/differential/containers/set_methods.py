# set methods and operators (small ints print in sorted order).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, [1]), a.symmetric_difference([1, 9]))
print(a <= b, a < a, a <= a, {1, 2} < a, a > {1}, a >= a, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint(b), a.isdisjoint({7, 8}), a == {4, 3, 2, 1}, a != b)
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s))
s.update([5, 6], (7,))
print(s)
s.discard(100)
s.discard(5)
s.remove(6)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
s.intersection_update({1, 3, 7, 9})
print(s)
s.difference_update([7])
print(s)
s.symmetric_difference_update({1, 2})
print(s)
s |= {8}
s &= {2, 3, 8}
s -= {8}
s ^= {0}
print(s)
c = s.copy()
c.clear()
print(c, s, set() == set(), set() == frozenset())
p = {7}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print("KeyError", e)
print(set([1, 1, 2]), set("aaa"), set(range(5)), set({1: 2}), {x % 3 for x in range(10)})
print(1 in a, 9 in a, len(a), sorted({"b", "a", "c"}), sorted({-1, 5, 3}))
for bad in [lambda: {[1]}, lambda: set().add({}), lambda: a | [1], lambda: a < [1], lambda: set(5)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print({1, 2}.union(), {True, 1, 1.0}, {0, False, 0.0}, {(1, 2), (1, 2)}, {None})
print(sorted({3.5, 1, 2.25}), {1, 2} | {2.0}, len({1, 1.0, True}))
