# Unsupported operand types, after a few handled TypeErrors.
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented
print((Meters(2) + Meters(3)).v)
try:
    Meters(1) + 1
except TypeError as e:
    print("handled:", e)
def add(a, b):
    return a + b
for a, b in [(1, 2), ("x", "y"), ([1], [2]), (1.5, True)]:
    print(repr(a), "+", repr(b), "=", repr(add(a, b)))
for a, b in [(1, "2"), (None, 1), ([], ())]:
    try:
        add(a, b)
    except TypeError as e:
        print("handled:", e)
items = [("apples", 3), ("pears", "4")]
total = 0
for name, count in items:
    print("adding", name)
    total = total + count
print(total)
