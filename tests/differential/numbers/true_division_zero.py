# True division and every flavour of division by zero.
print(1 / 3, 2 / 3, -1 / 3, 7 / 2, -7 / 2, 6 / 3, 0 / 5, -0 / 5, 0 / -5)
print(1 / 7, 22 / 7, 355 / 113, 1e300 / 1e-10, 1 / 1e308, 3 / 1e-320)
print(10 ** 17 / 1, (10 ** 17 + 1) / 1, 123456789123456789 / 1000)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (0.0, -0.0), (True, False), (2 ** 80, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(repr(a), "/", repr(b), "->", e)
for a, b in [(1, 0), (1.5, 0), (2 ** 80, 0), (1, 0.0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print(repr(a), "//", repr(b), "->", e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print(repr(a), "%", repr(b), "->", e)
x = 10
try:
    x /= 0
except ZeroDivisionError as e:
    print("in-place:", e, x)
x /= 4
print(x, type(x).__name__)
x = 9
x /= 3
print(x, type(x).__name__)
