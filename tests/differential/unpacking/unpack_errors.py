# Errors from unpacking with the wrong number of values.
cases = [
    ("a, b = [1]", lambda: exec_unpack2([1])),
    ("a, b = [1, 2, 3]", lambda: exec_unpack2([1, 2, 3])),
    ("a, b = 'abc'", lambda: exec_unpack2("abc")),
    ("a, b = {}", lambda: exec_unpack2({})),
    ("a, b = 5", lambda: exec_unpack2(5)),
    ("a, b = None", lambda: exec_unpack2(None)),
    ("a, b, c = range(2)", lambda: exec_unpack3(range(2))),
    ("a, b, c = gen of 5", lambda: exec_unpack3(i for i in range(5))),
    ("a, *b, c = [1]", lambda: exec_star([1])),
]
def exec_unpack2(v):
    a, b = v
    return a, b
def exec_unpack3(v):
    a, b, c = v
    return a, b, c
def exec_star(v):
    a, *b, c = v
    return a, b, c
for label, fn in cases:
    try:
        print(label, "->", fn())
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__, e)
print(exec_unpack2("ab"), exec_unpack2({"k": 1, "j": 2}), exec_unpack3(range(3)), exec_star("xy"))
for bad in [[(1, 2), (3,)], [(1, 2, 3)]]:
    try:
        for p, q in bad:
            print("pair", p, q)
    except ValueError as e:
        print("ValueError in for target:", e)
