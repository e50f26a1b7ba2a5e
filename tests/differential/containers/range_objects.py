# range objects: repr, len, indexing, slicing, membership, equality.
rs = [range(5), range(2, 10), range(10, 0, -3), range(0), range(5, 5), range(-5, 5, 2), range(0, -10, -1), range(1, 2, 10)]
for r in rs:
    print(repr(r), len(r), list(r), bool(r), r.start, r.stop, r.step)
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], list(r[::-2]), r[10:], r[-2:])
print(7 in r, 8 in r, 31 in r, 7.0 in r, "7" in r, r.index(11), r.count(11), r.count(12))
print(range(0) == range(5, 5), range(0, 10, 2) == range(0, 9, 2), range(3) == range(0, 3, 1), range(1) != range(2))
print(list(range(-3)), list(range(10, 5)), list(range(5, 10, -1)), sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(reversed(range(4))), list(reversed(range(1, 10, 3))), sorted(range(3), reverse=True))
big = range(0, 10 ** 20, 7)
print(big[-1], 10 ** 19 in big, big[10 ** 18], repr(big[::2**40]))
for bad in [lambda: range(5)[5], lambda: range(0, 1, 0), lambda: range(1.5), lambda: range(5).index(9), lambda: range("a"), lambda: range()]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(hash(range(3)) == hash(range(0, 3)), {range(3): "x"}[range(0, 3, 1)])
print(range(10)[True], list(range(True, 4)), range(2, 8)[-100:100])
total = 0
for i in range(10, 0, -3):
    total += i
print(total, i)
neg = range(-1, -20, -4)
print(list(neg), len(neg), neg[-1], -9 in neg, -8 in neg, neg.index(-13))
print(range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2], range(0, 3)[:] == range(3))
