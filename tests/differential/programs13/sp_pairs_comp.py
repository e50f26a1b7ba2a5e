# `k, v` targets over dict_items views in comprehensions and loops over a held view.
d = {"a": 1, "b": 2, "c": 3}
print({v: k for k, v in d.items()}, [k * v for k, v in d.items() if v > 1])
print(sum(v for k, v in d.items()), ",".join(k + "=" + str(v) for k, v in sorted(d.items())))
print({k: [x for x, y in d.items() if y <= v] for k, v in d.items()})
print([(k, v, w) for k, v in d.items() for w, z in d.items() if v == z])
view = d.items()
for k, v in view:
    print("view", k, v)
d["d"] = 4
print([k for k, v in view], len(view))
try:
    for k, v in view:
        d["e"] = 5
except RuntimeError as exc:
    print("RuntimeError", exc)
try:
    print([d.setdefault(k + "x", v) for k, v in d.items()])
except RuntimeError as exc:
    print("RuntimeError", exc)
m = {1.0: "f", (1, 2): "t", True: "b", None: "n", 2**60: "big"}
print([(repr(k), v) for k, v in m.items()])


class Sub(dict):
    def items(self):
        return [("over", "ridden")]


s = Sub(x=1)
print([k for k, v in s.items()], {k: v for k, v in dict.items(s)})
pairs = [(1, 2), [3, 4], "ab"]
print([a for a, b in pairs], [b for a, b in pairs])
for a, b in pairs:
    print("pairs", a, b)
try:
    print([a for a, b in [(1, 2, 3)]])
except ValueError as exc:
    print("ValueError", exc)
print(dict((v, k) for k, v in d.items()), sorted((v, k) for k, v in d.items()))
