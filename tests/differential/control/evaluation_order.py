# Order of evaluation for calls, operators, assignments and literals.
def v(label, value=None):
    print("  eval", label)
    return label if value is None else value
print("call args:")
print(v("f", lambda *a, **k: (a, k))(v("a"), v("b"), k=v("k")))
print("binary ops:")
print(v("L", 2) + v("R", 3) * v("R2", 4))
print(v("base", 2) ** v("exp", 3) ** v("exp2", 2))
print("subscript assignment:")
target = {}
target[v("key")] = v("value")
print(target)
print("multiple targets:")
a = b = v("shared", [])
print(a is b)
print("tuple assignment:")
x, y = v("first", 1), v("second", 2)
x, y = y, x
print(x, y)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 99
print(lst, i)
print("dict literal:")
print({v("k1"): v("v1"), v("k2"): v("v2")})
print("list/comprehension:")
print([v("e1"), v("e2")], [v(f"c{n}") for n in range(2)])
print("conditional:")
print(v("yes") if v("cond", False) else v("no"))
print("augmented subscript:")
data = {"k": 1}
data[v("k")] += v("inc", 5)
print(data)
print("method call chain:")
print(v("obj", "a-b-c").split(v("sep", "-")))
print("slice bounds:")
print(v("seq", [1, 2, 3, 4])[v("lo", 1):v("hi", 3)])
print("comparison chain:")
print(v("c1", 1) < v("c2", 2) < v("c3", 0) < v("c4", 9))
print("f-string:")
print(f"{v('fa')} {v('fb')}")
