# Star expressions everywhere: assignment targets, calls, literals, for targets, errors of starred unpacking.
def show(*a, **k):
    return f"a={a} k={sorted(k.items())}"
xs = [1, 2, 3]
ys = (4, 5)
print(show(*xs, *ys), show(0, *xs, 9, *"ab"), show(*range(3), **{"z": 1}, y=2), show(*[], **{}))
print([*xs, *ys], (*xs,), {*xs, *ys, 1}, {**{"a": 1}, "b": 2, **{"a": 3}}, [*"hi", *{"k": 0}], (*range(2), *(), 7))
a, *b = xs
*c, d = "hello"
e, *f, g = range(5)
(h, *i), j = [1, 2, 3], 4
print(a, b, c, d, e, f, g, h, i, j)
for first, *rest in [(1, 2, 3), [4], "xy"]:
    print(first, rest)
for (p, q), *more in [((1, 2), 3, 4), ([5, 6],)]:
    print(p, q, more)
[k, *l] = {10: 0, 20: 0}
print(k, l, type(l).__name__)
*m, = (x * x for x in range(4))
print(m)
n, *o = iter([7])
print(n, o)
for bad in ["a, *b = []", "a, b, *c = (1,)", "*a, b, c = 'x'", "a, b = 1, 2, 3", "a, b = [1]", "a, b = 5", "a, *b = None"]:
    try:
        exec_table = {"a, *b = []": lambda: [1 for (a2, *b2) in [[]]],
                      "a, b, *c = (1,)": lambda: [1 for (a2, b2, *c2) in [(1,)]],
                      "*a, b, c = 'x'": lambda: [1 for (*a2, b2, c2) in ["x"]],
                      "a, b = 1, 2, 3": lambda: [1 for (a2, b2) in [(1, 2, 3)]],
                      "a, b = [1]": lambda: [1 for (a2, b2) in [[1]]],
                      "a, b = 5": lambda: [1 for (a2, b2) in [5]],
                      "a, *b = None": lambda: [1 for (a2, *b2) in [None]]}
        exec_table[bad]()
    except (ValueError, TypeError) as ex:
        print(bad, "->", type(ex).__name__, ex)
def unpack_direct():
    out = []
    try:
        a, b, *c = (1,)
    except ValueError as ex:
        out.append(str(ex))
    try:
        a, b = iter(range(10))
    except ValueError as ex:
        out.append(str(ex))
    try:
        *a, b, c, d = [1, 2]
    except ValueError as ex:
        out.append(str(ex))
    try:
        a, b = {"x": 1, "y": 2, "z": 3}
    except ValueError as ex:
        out.append(str(ex))
    return out
print(unpack_direct())
def kw_only(a, *, b=2, **rest):
    return a, b, rest
print(kw_only(*[1], **{"b": 3, "c": 4}), kw_only(**{"a": 5}))
try:
    kw_only(*[1, 2])
except TypeError as ex:
    print("TypeError", ex)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as ex:
    print("TypeError", ex)
try:
    show(*5)
except TypeError as ex:
    print("TypeError", ex)
try:
    show(**[1])
except TypeError as ex:
    print("TypeError", ex)
try:
    show(**{1: 2})
except TypeError as ex:
    print("TypeError", ex)
print(*xs, sep="-")
print(*[], "end")
print(max(*xs), min(*"zay"), [*map(str, xs)], f"{[*xs]}", {"k": [*ys]}, [[*xs][i] for i in (0, -1)])
x1 = *xs, 4
print(x1, type(x1).__name__)
def gen():
    yield *xs, 0
    r = yield
    return r
print(next(gen()))
v = [1, 2]
v[0], *v[1:] = "abc"
print(v)
dd = {}
dd["a"], *dd["b"] = range(3)
print(dd)
class O: pass
o = O()
o.x, *o.y = "pqr"
print(o.x, o.y)
