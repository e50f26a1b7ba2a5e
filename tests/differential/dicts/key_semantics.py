# What counts as the same key, odd key types, and JS-special string keys.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[0] = "zero"
d[-0.0] = "negzero"
d[False] = "false"
print(d)
t = {(1, 2): "tuple", (1, (2, 3)): "nested", (): "empty", None: "none", frozenset({1}): "fs", "": "empty str"}
print(t[(1, 2)], t[1, (2, 3)], t[()], t[None], t[frozenset([1])], t[""])
print((1.0, 2) in t, (2, 1) in t, None in t, "None" in t)
js = {"__proto__": 1, "constructor": 2, "toString": 3, "hasOwnProperty": 4, "length": 5, "prototype": 6,
      "valueOf": 7, "__defineGetter__": 8, "then": 9, "size": 10}
print(js)
print(js["__proto__"], js["constructor"], js["toString"], len(js), list(js)[:3], "__proto__" in js)
print("isPrototypeOf" in js, js.get("toLocaleString"), js.get("__lookupGetter__", "absent"))
js["__proto__"] = {"x": 1}
del js["constructor"]
print(js["__proto__"], "constructor" in js, js.pop("toString"), len(js))
e = {}
print("__proto__" in e, "constructor" in e, e.get("constructor"), e.get("__proto__"))
e["__proto__"] = None
print(e, list(e.items()))
nums = {1: "a", "1": "b", 1.5: "c", 2 ** 64: "big", -1: "neg", 2 ** 64 + 0.0: "bigf"}
print(nums, nums[1], nums["1"], nums[2 ** 64])
nan = float("nan")
n = {nan: 1}
print(n.get(nan), n.get(float("nan")), len({nan: 1, float("nan"): 2}))
for bad in [[1], {"a": 1}, {1}, ([],)]:
    try:
        d[bad] = 1
    except TypeError as e:
        print("TypeError", e)
    try:
        print(bad in d)
    except TypeError as e:
        print("TypeError", e)
print("ok")
try:
    {}.get([1])
except TypeError as ex:
    print("TypeError", ex)
