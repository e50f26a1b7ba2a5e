# keys/values/items views: dynamic, set-like, reprs.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
del d["a"]
print(k, v, it, len(k), len(v), len(it))
print("b" in k, 2 in v, ("b", 2) in it, ("b", 3) in it, "zz" in k)
print(sorted(k & {"b", "x"}), sorted(k | {"x"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("c", 3), ("c", 4)}), k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"}, k.isdisjoint(["z"]))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(list(zip(d.keys(), d.values())), dict(d.items()) == d, v == v, d.values() == d.values())
try:
    k[0]
except TypeError as e:
    print("TypeError", e)
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
e = {1: 1}
for key in list(e):
    e[key * 10] = 0
print(e)
print({}.keys(), {}.items(), {1: [2]}.values())
