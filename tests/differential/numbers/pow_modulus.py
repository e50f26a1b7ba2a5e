# Three-argument pow, negative exponents, and pow edge cases.
print(pow(3, 200, 1000))
print(pow(2, 10 ** 18, 10 ** 9 + 7))
print(pow(7, 0, 13), pow(7, 0, 1))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(12345678901234567890, 98765, 10 ** 12))
print(pow(2, -1, 7), pow(3, -2, 11), pow(-2, -1, 7))
print(pow(38, -1, 97) * 38 % 97)

for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 0.5, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(pow(2, 10), pow(2, -1), pow(-2, -2), pow(2, 0.5))
print(2 ** -3, (-2) ** 3, (-2) ** -3, 4 ** 0.5, (-8) ** 2)
print(0 ** 0, 0.0 ** 0, 0 ** 5)
print(1 ** 10 ** 9, (-1) ** (10 ** 9), (-1) ** (10 ** 9 + 1))
print(10 ** -2, 2.5 ** 2, 1.5 ** -1)
print(pow(True, 5), pow(False, 0), True ** -1)

try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(pow(0, -1, 5))
except ValueError as e:
    print("ValueError", e)

x = 5
x **= 3
print(x)
x **= -1
print(x)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
