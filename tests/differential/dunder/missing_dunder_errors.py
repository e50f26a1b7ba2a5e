# The TypeErrors CPython raises when an object lacks a protocol.
class Thing:
    pass
t = Thing()
ops = [
    ("t[0]", lambda: t[0]), ("divmod(t, 1)", lambda: divmod(t, 1)), ("len(t)", lambda: len(t)),
    ("t()", lambda: t()), ("t + 1", lambda: t + 1), ("1 + t", lambda: 1 + t), ("t < t", lambda: t < t),
    ("-t", lambda: -t), ("iter(t)", lambda: iter(t)), ("1 in t", lambda: 1 in t), ("next(t)", lambda: next(t)),
    ("t * 2", lambda: t * 2), ("int(t)", lambda: int(t)), ("float(t)", lambda: float(t)), ("[1][t]", lambda: [1][t]),
    ("abs(t)", lambda: abs(t)), ("hash([])", lambda: hash([])), ("reversed(t)", lambda: reversed(t)),
    ("t ** 2", lambda: t ** 2), ("t @ t", lambda: t @ t), ("~t", lambda: ~t), ("round(t)", lambda: round(t)),
    ("t >= 1", lambda: t >= 1), ("sorted([t, t])", lambda: sorted([t, t])), ("t.x", lambda: t.x),
]
for label, op in ops:
    try:
        op()
        print(label, "-> ok")
    except (TypeError, AttributeError) as e:
        print(label, "->", type(e).__name__, e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
try:
    with t:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    for x in t:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    a, b = t
except TypeError as e:
    print("TypeError", e)
try:
    print(*t)
except TypeError as e:
    print("TypeError", e)
try:
    Thing.__name__ = 5
except TypeError as e:
    print("TypeError", e)
