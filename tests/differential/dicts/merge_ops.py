# dict | and |=, ** unpacking, dict(...) combinations.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a.copy()
c |= b
print(c)
c |= [("k", "v")]
print(c)
try:
    a | [("k", "v")]
except TypeError as e:
    print("TypeError", e)
try:
    a | None
except TypeError as e:
    print("TypeError", e)
print({**a, **b}, {**b, **a}, {**a, "y": 0}, {"y": 0, **a}, {**{}}, dict(**a, w=1))
try:
    dict(**a, x=5)
except TypeError as e:
    print("TypeError", e)
def f(**kw):
    return kw
print(f(**a), f(**a, **{"q": 1}))
try:
    f(**a, **{"x": 9})
except TypeError as e:
    print("TypeError", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError", e)
nested = {"cfg": {"a": 1}}
shallow = {**nested}
shallow["cfg"]["a"] = 99
print(nested)
print(dict(sorted({"b": 1, "a": 2}.items())), dict(reversed(list(a.items()))))
