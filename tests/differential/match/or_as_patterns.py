# OR patterns and AS patterns.
def classify(v):
    match v:
        case 0 | 1 | 2:
            return "small"
        case "y" | "yes" | "Y" as answer:
            return f"affirmative ({answer})"
        case [1, (2 | 3) as second, *_]:
            return f"list starting 1 then {second}"
        case (int() | float()) as number if number > 100:
            return f"big number {number}"
        case {"k": (1 | 2) as val} | {"alt": val}:
            return f"mapping val={val}"
        case [x, y] | (x, y, _):
            return f"pair-ish {x},{y}"
        case str() as s:
            return f"other string {s}"
        case _ as anything:
            return f"fallback {anything!r}"
for v in [0, 2, "yes", "Y", [1, 3, 9], [1, 4], 500, 500.5, 50, {"k": 2}, {"alt": "a"}, {"k": 3}, [7, 8], (7, 8, 9), "zzz", None]:
    print(repr(v), "->", classify(v))
match (1, (2, 3)):
    case (a, (b, c) as inner) as whole:
        print(a, b, c, inner, whole)
match [1, 2]:
    case [1, 2] | [2, 1] as pair:
        print("pair", pair)
