# Method calls and attribute reads of names that JS's Object.prototype defines (toString,
# valueOf, hasOwnProperty, constructor...) on builtin values: Python has no such attributes.
names = ["toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable",
         "toLocaleString", "constructor", "__defineGetter__", "__lookupGetter__"]
values = [1, 2.5, 10**30, True, "text", [1, 2], (1, 2), {"a": 1}, {1, 2}, frozenset({3}), None]

for v in values:
    t = type(v).__name__
    missing = [n for n in names if not hasattr(v, n)]
    print(t, len(missing) == len(names))

def call(v, name):
    try:
        return getattr(v, name)()
    except AttributeError as e:
        return f"AttributeError: {e}"
    except TypeError as e:
        return f"TypeError: {e}"

for v in values:
    print(call(v, "toString"), "|", call(v, "hasOwnProperty"))

# Direct method-call syntax goes through the runtime's method tables.
for thunk in (lambda: (7).toString(), lambda: (2.5).hasOwnProperty("x"), lambda: "s".valueOf(),
              lambda: [1].toLocaleString(), lambda: {"k": 1}.isPrototypeOf({}),
              lambda: (1, 2).propertyIsEnumerable(0), lambda: {1}.toString(),
              lambda: frozenset().valueOf(), lambda: (10**40).toString()):
    try:
        print(thunk())
    except AttributeError as e:
        print("AttributeError:", e)

# The same names as dict keys, and as attributes of a user object, are ordinary.
d = {n: i for i, n in enumerate(names)}
print(d["toString"], d.get("constructor"), "valueOf" in d, sorted(d)[:3])

class Box:
    pass

b = Box()
b.toString = lambda: "box!"
b.valueOf = 42
print(b.toString(), b.valueOf, sorted(vars(b)))
print(hasattr(Box(), "toString"), hasattr(Box, "hasOwnProperty"))
