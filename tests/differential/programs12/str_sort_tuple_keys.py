# sorted/list.sort with key functions returning tuples: stability, reverse, mixed int/float
# columns, negative zero, equal keys of different objects, bools and None (general path),
# NaN (general path), strs with astral characters, ragged tuples.
import math

counts = {}
words = "the quick brown fox jumps over the lazy dog the fox and the dog and a cat".split()
for w in words:
    counts[w] = counts.get(w, 0) + 1
items = list(counts.items())
print(sorted(items, key=lambda kv: (-kv[1], kv[0])))
print(sorted(items, key=lambda kv: (-kv[1], kv[0]), reverse=True))
print(sorted(items, key=lambda kv: (kv[1],)))
print(sorted(items, key=lambda kv: (kv[1],), reverse=True))
print(sorted(items, key=lambda kv: (kv[1], len(kv[0]), kv[0][::-1])))

# stability: equal keys keep their order (forward and reverse)
recs = [("b", 2, "first"), ("a", 1, "second"), ("b", 2, "third"), ("a", 1.0, "fourth"), ("c", 0.5, "fifth")]
print(sorted(recs, key=lambda r: (r[0], r[1])))
print(sorted(recs, key=lambda r: (r[0], r[1]), reverse=True))
print(sorted(recs, key=lambda r: (r[1], r[0])))
print(sorted(recs, key=lambda r: (-r[1], r[2][-1])))

# -0.0 and 0.0 are equal keys
zs = [(0.0, "p"), (-0.0, "q"), (0.0, "r"), (-1.5, "s")]
print(sorted(zs, key=lambda z: (z[0], 1)))
print(sorted(zs, key=lambda z: (z[0],), reverse=True))

# keys the fast path must leave alone
print(sorted([1, 2, 3, 4], key=lambda x: (x % 2 == 0, x)))
print(sorted([1, 2, 3, 4], key=lambda x: (None if x == 2 else 0, x) if x != 2 else (0, -x)))
print(sorted([3, 1, 2], key=lambda x: (float("nan") if x == 2 else x, x)))
print(sorted([3, 1, 2], key=lambda x: (x,) * x))
print(sorted(["b", "a", "c"], key=lambda x: (x, (1, x))))
print(sorted([5, 10**20, 7, -(10**30)], key=lambda x: (x % 3, x)))
print(sorted(["\U0001F600", "\uffff", "a", "\U00010000"], key=lambda x: (len(x), x)))
try:
    sorted([1, "a", 2], key=lambda x: (x, 0))
except TypeError as e:
    print("TypeError", e)


class K(tuple):
    pass


print(sorted([3, 1, 2], key=lambda x: K((x, -x))))
xs = [5, 3, 9, 1]
xs.sort(key=lambda x: (x % 3, -x))
print(xs)
xs.sort(key=lambda x: (x % 3, -x), reverse=True)
print(xs)
print(sorted([], key=lambda x: (x, x)), sorted([(1, 2)], key=lambda x: (x, x)))
print(sorted(range(10), key=lambda i: (math.floor(i / 3), -i)))
