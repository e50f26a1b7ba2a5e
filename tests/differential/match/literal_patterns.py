# Literal patterns: numbers, strings, None/True/False, negative numbers.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1:
            return "one (also True?)"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "greeting"
        case "":
            return "empty string"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return f"other {x!r}"
for v in [0, 1, -1, 2.5, "hello", "", None, True, False, 0.0, 1.0, "HELLO", 2, [], 5 - 2.5]:
    print(repr(v), "->", describe(v))
def bools_first(x):
    match x:
        case True:
            return "is True"
        case 1:
            return "equals 1"
        case _:
            return "neither"
print(bools_first(True), bools_first(1), bools_first(1.0), bools_first(False))
def strings(s):
    match s:
        case "a" "b":
            return "implicit concat ab"
        case 'single' | "double":
            return "quoted"
        case """triple""":
            return "triple"
        case _:
            return "no"
print(strings("ab"), strings("single"), strings("double"), strings("triple"), strings("x"))
def numbers(n):
    match n:
        case 0x10:
            return "hex sixteen"
        case 1_000:
            return "thousand"
        case -0.5:
            return "negative half"
        case _:
            return "plain"
print(numbers(16), numbers(1000), numbers(1000.0), numbers(-0.5), numbers(7))
