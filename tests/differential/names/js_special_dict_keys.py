# JS-special strings as dict keys, kwargs keys and set members.
names = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "length", "name",
         "undefined", "null", "NaN", "then", "__defineGetter__", "isPrototypeOf", "caller", "arguments"]
d = {}
for i, n in enumerate(names):
    d[n] = i
print(d)
print(len(d), [d[n] for n in names] == list(range(len(names))), list(d) == names)
print({n: len(n) for n in names[:4]})
def kw(**kwargs):
    return kwargs
print(kw(**{n: True for n in names[:5]}))
print(kw(constructor=1, toString=2, length=3, name=4))
s = set(names)
print(len(s), "__proto__" in s, "constructor" in s, "toString" in s, "missing" in s)
s.discard("__proto__")
print(len(s), "__proto__" in s)
empty = {}
print(empty.get("__proto__"), empty.get("constructor"), "toString" in empty, empty.get("valueOf", "absent"))
try:
    empty["__proto__"]
except KeyError as e:
    print("KeyError", e)
try:
    empty["constructor"]
except KeyError as e:
    print("KeyError", e)
counts = {}
for word in "constructor __proto__ constructor toString __proto__ constructor".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(dict.fromkeys(["__proto__", "length"], 0), sorted(names)[:5])
nested = {"__proto__": {"__proto__": {"constructor": "deep"}}}
print(nested["__proto__"]["__proto__"]["constructor"], nested)
