# 2-item tuples made by displays, dict.items() and enumerate (the fixed-arity pair helper):
# they must be real tuples everywhere.
d = {"a": 1, 1: "b", (1, 2): [3], 1.5: None, True: "t"}
items = list(d.items())
print(items, type(items[0]).__name__, len(items[1]))
p = (1, "x")
print(p, repr(p), str(p), type(p) is tuple, isinstance(p, tuple), p == (1, "x"), p == [1, "x"])
print(hash((1, 2)) == hash(tuple([1, 2])), {(1, 2): "k"}[(1, 2)], (1, 2) in {(1, 2)})
print((1, 2) + (3,), (1, 2) * 2, (1, 2)[::-1], (1, 2).count(2), (1, 2).index(2))
try:
    p[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    print(p.append)
except AttributeError as e:
    print("AttributeError", e)
for i, kv in enumerate(d.items()):
    k, v = kv
    print(i, k, v, type(kv).__name__)
print(list(enumerate("ab😀", 1)), list(enumerate([(1, 2)])))
pairs = [(i % 3, -i) for i in range(6)]
print(sorted(pairs), max(pairs), min(pairs), pairs.index((0, -3)))
print(dict(pairs), dict(zip("ab", "cd")), set(pairs) == set(reversed(pairs)))
print([(a, b) for a, b in [(1, 2), (3, 4)]], tuple((x, x) for x in range(2)))
nested = ((1, (2, 3)), ((4, 5), 6))
print(nested, nested[0][1][1], len(nested[1][0]))
a, b = (1, 2)
b, a = a, b
print(a, b)
x = (1, 2)
y = x
print(x is y, (*x,), (x, *x))
print(f"{(1, 2)}", "%s %s" % (1, 2), "{} {}".format(*(3, 4)))
print((1, 2) < (1, 3), (2,) > (1, 9), (1, 2) == (1.0, 2.0), (float("nan"), 1) == (float("nan"), 1))
print(divmod(7, 2), type(divmod(7, 2)).__name__, (1.5).as_integer_ratio())
