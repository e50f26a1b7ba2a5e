# KeyError messages and other dict errors.
d = {"a": 1, 2: "two", (1, 2): "t", None: 0}
for key in ["b", 3, (1, 3), "", "multi word", 2.5, ("x",), frozenset(), False]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    {}.pop("x")
except KeyError as e:
    print("KeyError", e)
try:
    {}["it's"]
except KeyError as e:
    print("KeyError", e, str(e), repr(e))
try:
    {}["line\nbreak"]
except KeyError as e:
    print("KeyError", e)
try:
    d = {}
    d[[1, 2]] = 3
except TypeError as e:
    print("TypeError", e)
try:
    print({1: 2} < {1: 3})
except TypeError as e:
    print("TypeError", e)
try:
    print({1: 2} + {3: 4})
except TypeError as e:
    print("TypeError", e)
try:
    dict.nosuch
except AttributeError as e:
    print("AttributeError", e)
try:
    {}.nosuch
except AttributeError as e:
    print("AttributeError", e)
e = KeyError("custom")
print(str(e), repr(e), str(KeyError()), str(KeyError(1, 2)), isinstance(e, LookupError))
try:
    raise KeyError
except LookupError as ex:
    print("caught as LookupError:", type(ex).__name__, repr(str(ex)))
