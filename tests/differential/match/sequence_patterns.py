# Sequence patterns: fixed length, star captures, nesting, type restrictions.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x},{y}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
for s in [[], [1], (1, 2), [1, 2, 3], list(range(6)), range(3)]:
    print(repr(s), "->", shape(s))
def not_sequences(v):
    match v:
        case [a, b]:
            return f"sequence {a} {b}"
        case _:
            return "not matched as sequence"
print(not_sequences("ab"), not_sequences({"a": 1, "b": 2}), not_sequences({1, 2}), not_sequences([1, 2]), not_sequences((1, 2)))
def star_positions(v):
    match v:
        case [*init, "end"]:
            return f"ends with end, init={init}"
        case ["start", *rest]:
            return f"starts, rest={rest}"
        case [a, *_, z] if a == z:
            return "same ends"
        case _:
            return "other"
for v in [["a", "end"], ["end"], ["start", 1, 2], ["start"], [5, 0, 5], [1, 2]]:
    print(v, "->", star_positions(v))
def nested(v):
    match v:
        case [(x1, y1), (x2, y2)]:
            return f"segment ({x1},{y1})-({x2},{y2})"
        case [[a, b], [c, d]]:
            return f"2x2 {a}{b}{c}{d}"
        case _:
            return "other"
print(nested([(0, 0), (1, 2)]), nested([[1, 2], [3, 4]]), nested([[1], [2]]))
def types_in_seq(v):
    match v:
        case [int(), str()]:
            return "int then str"
        case [int(), int()]:
            return "two ints"
        case [_, _]:
            return "two things"
        case _:
            return "no"
print(types_in_seq([1, "a"]), types_in_seq((1, 2)), types_in_seq([1.5, 2]), types_in_seq([1]))
match [1, 2, 3]:
    case (1, *rest):
        print("tuple pattern matches list; rest is list:", rest, type(rest).__name__)
match (1, 2, 3):
    case [*all_items]:
        print("star from tuple gives list:", all_items)
