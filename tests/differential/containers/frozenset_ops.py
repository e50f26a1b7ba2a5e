# frozenset: hashable, usable as dict keys and set members; result types of mixed ops.
f = frozenset([1, 2, 3])
g = frozenset({3, 4})
print(f, g, frozenset(), len(f), 2 in f, f | g, f & g, f - g, f ^ g)
print(type(f | {9}).__name__, type({9} | f).__name__, type(f.union([5])).__name__, type(f.copy()).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, f <= {1, 2, 3, 4}, hash(f) == hash(frozenset([3, 2, 1])))
d = {f: "f", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()], frozenset({1, 2, 3}) in d)
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s), frozenset({1}) in s)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
try:
    {1, 2} in {frozenset({1, 2})} and print("set found via frozen hash")
except TypeError as e:
    print("TypeError", e)
print(frozenset("aab") == frozenset("ab"), frozenset(range(3)), repr(frozenset([frozenset([1])])))
print(f.isdisjoint(g), f.issubset(f), f.issuperset([1]), f.intersection(), f.difference(g, [1]))
x = f
x |= {100}
print(x, f, x is f)
