# Exceptions raised inside comprehensions, lambdas, generators and nested calls.
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
print([safe_div(10, d) for d in [1, 2, 0, 4]])
try:
    print([10 / d for d in [1, 0, 2]])
except ZeroDivisionError as e:
    print("comprehension raised", e)
try:
    {k: int(v) for k, v in [("a", "1"), ("b", "x")]}
except ValueError as e:
    print("dict comprehension raised", e)
g = (1 // x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("generator raised", e)
print(next(g, "generator finished after exception"))
def outer():
    def middle():
        def inner():
            raise IndexError("from inner")
        inner()
    middle()
try:
    outer()
except IndexError as e:
    print("propagated through 3 frames:", e)
total = 0
for item in [1, "2", None, 4, "x"]:
    try:
        total += int(item)
    except (TypeError, ValueError) as e:
        print("skip", repr(item), type(e).__name__)
        continue
    finally:
        total += 1000
print(total)
try:
    sorted([3, 1, 2], key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print("key function raised", e)
try:
    list(map(int, ["1", "2", "three"]))
except ValueError as e:
    print("map raised", e)
