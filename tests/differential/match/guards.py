# Guards: evaluated only after the pattern matches, with side effects and fallthrough.
log = []
def check(label, result):
    log.append(label)
    return result
def route(v):
    match v:
        case int(n) if check(f"g1({n})", n % 2 == 0):
            return "even"
        case int(n) if check(f"g2({n})", n > 10):
            return "big odd"
        case int(n):
            return "small odd"
        case str(s) if check("g3", len(s) > 3):
            return "long str"
        case _:
            return "other"
for v in [4, 13, 7, "abcd", "ab", 1.5]:
    log.clear()
    print(repr(v), route(v), log)
def bind_then_guard(v):
    match v:
        case [x, y] if x > y:
            return f"desc {x}>{y}"
        case [x, y]:
            return f"not desc {x},{y}"
print(bind_then_guard([3, 1]), bind_then_guard([1, 3]))
match [5, 1]:
    case [a, b] if a < b:
        pass
    case _:
        pass
print("capture from failed guard may remain bound:", a, b)
def fizzbuzz(n):
    match (n % 3, n % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return str(n)
print(" ".join(fizzbuzz(i) for i in range(1, 16)))
def grade(score):
    match score:
        case s if s >= 90:
            return "A"
        case s if s >= 80:
            return "B"
        case _:
            return "C"
print([grade(s) for s in (95, 85, 50)])
