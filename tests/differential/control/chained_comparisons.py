# Chained comparisons evaluate each operand once and short-circuit.
def v(x):
    print(f"  eval {x}")
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) == v(2) == v(3))
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]], 1 < x is not None)
print("a" < "b" <= "b" < "c", [1] < [2] < [3], 1 < 2.5 < 3)
print(None is None is None, 2 not in [1] not in [[2]])
def expensive():
    print("  expensive called")
    return 100
print(10 < 5 < expensive())
print(5 < 10 < expensive())
a = b = c = 3
print(a == b == c, a < b == c, a <= b <= c < 4)
try:
    print(1 < "a" < 2)
except TypeError as e:
    print("TypeError", e)
print(1 < 2 and 2 < 3 and not 3 < 4, not 1 == 2 == 2)
