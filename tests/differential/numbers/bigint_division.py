# Floor division and modulo on big integers with every sign combination.
vals = [10 ** 20 + 7, -(10 ** 20 + 7), 2 ** 64, -(2 ** 64)]
divs = [3, -3, 10 ** 9 + 7, -(10 ** 9 + 7), 2 ** 70, -(2 ** 70)]
for a in vals:
    for d in divs:
        q, r = a // d, a % d
        assert q * d + r == a
        print(a, d, q, r)

print(divmod(2 ** 100, 3))
print(divmod(-(2 ** 100), 3))
print(divmod(2 ** 100, -3))
print(divmod(-(2 ** 100), -3))
print(divmod(7, 2 ** 80), divmod(-7, 2 ** 80))

# true division of big ints is correctly rounded
print(2 ** 100 / 3)
print(10 ** 400 / 10 ** 399)
print((10 ** 30 + 1) / 10 ** 30)
print(1 / 2 ** 80)
print(-(2 ** 90) / 7)
print(10 ** 22 / 10)
print(2 ** 53 / 1, (2 ** 53 + 1) / 1)

try:
    print(2 ** 1024 / 1)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(2 ** 100 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(2 ** 100 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# mixed big int and float floor division
print(2 ** 60 // 2.5, 2 ** 60 % 2.5)
print(-(2 ** 60) // 3.0, -(2 ** 60) % 3.0)
