# Capture patterns, the wildcard, and bindings that survive the match.
def first(x):
    match x:
        case []:
            return "empty"
        case [only]:
            return f"single {only}"
        case [head, *_]:
            return f"head {head}"
        case other:
            return f"not a list: {other!r}"
for v in [[], [1], [1, 2, 3], "str", 42, (9, 8)]:
    print(repr(v), "->", first(v))
match 10:
    case n:
        pass
print("n bound after match:", n)
match (1, 2):
    case (a, b):
        print("a, b =", a, b)
print("still bound:", a, b)
match "anything":
    case _:
        print("wildcard matches everything")
try:
    print(_)
except NameError as e:
    print("wildcard does not bind:", e)
point = (3, 0)
match point:
    case (x, 0):
        print("on x axis at", x)
    case (0, y):
        print("on y axis at", y)
    case (x, y):
        print("elsewhere", x, y)
match [1, [2, [3, 4]]]:
    case [p, [q, [r, s]]]:
        print("nested capture", p, q, r, s)
result = "unchanged"
match 5:
    case 6:
        result = "six"
print(result)
