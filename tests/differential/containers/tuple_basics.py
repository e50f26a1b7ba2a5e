# Tuples: construction, methods, immutability, comparison and hashing.
t = (1, 2, 3, 2, 1)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t.count(2), t.index(2), t.index(1, 1))
print((), (1,), 1, (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}))
single = 5,
print(single, type(single).__name__, len(single))
print((1, 2) + (3,), (0,) * 3, (1, 2) * 0, 2 in t, 9 not in t)
nested = (1, (2, 3), [4, 5])
nested[2].append(6)
print(nested)
for bad in [lambda: t.__setitem__(0, 1), lambda: t.index(9), lambda: t[10], lambda: (1,) + [2],
            lambda: hash((1, [2])), lambda: t.append(1)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () < (0,), (1, "a") == (1, "a"))
print((1, 2) == [1, 2], tuple([1, 2]) == (1, 2), (1.0, True) == (1, 1), (float("nan"),) == (float("nan"),))
nan = float("nan")
print((nan,) == (nan,), [nan] == [nan], nan in [nan], nan in (nan,))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), {(1, 2): "a"}[(1.0, 2)])
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), max([(1, 2), (1, 3), (0, 9)]))
a, b = (1, 2)
print(a, b, (a, b) == (1, 2))
x = (1, 2)
y = x
x += (3,)
print(x, y, x is y)
print(tuple(tuple(r) for r in [[1, 2], [3]]), ((),), ((1,),), repr((None,)))
