# Slicing with huge/negative steps on str/tuple/range/list, range attributes, equality, hash, index, count, reversed.
s = "abcdefghij"
t = tuple(range(10))
r = range(3, 40, 4)
L = list(s)
big = 10 ** 20
for sl in [slice(None, None, -1), slice(None, None, big), slice(None, None, -big), slice(-big, big), slice(big, -big, -1),
           slice(8, 2, -2), slice(-3, None, -3), slice(2, 8, 3), slice(-100, 100, 7), slice(5, 5), slice(9, -11, -1),
           slice(None, -big, -1), slice(1, None, 2 ** 64)]:
    print(sl, repr(s[sl]), t[sl], r[sl], L[sl] == list(s[sl]))
print(r.start, r.stop, r.step, len(r), r[0], r[-1], r.index(7), r.count(7), r.count(8), 39 in r, 8 in r, 7.0 in r)
print(range(0) == range(5, 5), range(0, 10, 3) == range(0, 11, 3), range(1, 2) == range(1, 3, 5), range(10) == list(range(10)))
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2)) == hash(range(1, 7, 9)), {range(5): 1}[range(0, 5, 1)])
print(repr(reversed(range(5))).split(" ")[0], list(reversed(range(1, 20, 6))), list(reversed(range(5, 0, -2))), repr(range(-5, 5, 2)))
print(range(big)[big - 1], range(0, big, 3)[-1], range(-big, big)[-1], range(10 ** 30)[-1:0:-10 ** 29], r[::-1], r[1:-1:2])
try:
    len(range(2 ** 64))
except OverflowError as e:
    print("OverflowError", e)
print(range(2 ** 64).__len__ if False else range(2 ** 64)[2 ** 63], (2 ** 64 - 1) in range(2 ** 64), range(2 ** 64).index(5))
for bad in [lambda: r.index(8), lambda: r[100], lambda: range(1, 2, 0), lambda: range(1.0), lambda: s[::0], lambda: t["a"],
            lambda: r["x"], lambda: s[1.5], lambda: range(3)[::0], lambda: L.__setitem__(slice(0, 6, 2), [1]), lambda: t.index(99),
            lambda: s.index("z"), lambda: L.__delitem__(slice(None, None, 0))]:
    try:
        print(bad())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4), slice(-big, big).indices(7), slice(None).indices(0))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), repr(slice("a", None, [1])), slice(3).stop, slice(3).start)
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print("TypeError", e)
L2 = list(range(10))
L2[::3] = "abcd"
print(L2)
L2[1:9:-1] = []
L2[8:1:-3] = (7, 8, 9)
print(L2)
del L2[::-2]
print(L2)
L2[100:] = [99]
L2[-100:-99] = [-1]
print(L2)
print(t[big:], s[-big:2], s[2:-big], (1, 2)[5:], "x"[-1:-2:-1], range(5)[-1:-6:-1], range(5)[::2][::-1])
class Idx:
    def __index__(self): return 2
print(s[Idx()], t[Idx():], r[Idx()], L[:Idx()], range(Idx()), "ab" * Idx(), [0] * Idx(), s[slice(Idx(), None)])
print(list(range(10))[slice(2, None, Idx())], range(0, 10, 2)[Idx():], range(100)[10:90][5:70:5][::-2])
