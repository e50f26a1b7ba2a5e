# `%` of ints past 32 bits whose types the compiler does not know (values from a list and
# attributes): CPython's floor modulo, exact up to 2**53 and beyond.


class Acc:
    def __init__(self):
        self.v = 7


vals = [0, 1, -1, 5, -5, 2147483647, 2147483648, -2147483648, -2147483649, 4503599627370495,
        -4503599627370495, 4503599627370496, 9007199254740991, -9007199254740991, 10**15 + 7,
        -(10**15) - 7, 31 * 999999999 + 12345, 2**60 + 3, -(2**60) - 3]
divs = [1, 2, 3, 7, -7, 1000003, 1000000007, -1000000007, 2147483648, -2147483648,
        4503599627370495, 4503599627370496, 99999999999, 2**53 + 1]
out = []
for a in vals:
    for b in divs:
        out.append(a % b)
print(out)

acc = Acc()
for i in range(2000):
    acc.v = (acc.v * 31 + i * 1000003) % 1000000007
print(acc.v)
x = vals[7]
x %= divs[6]
y = vals[10]
y %= divs[9]
print(x, y)
print([a % 2.5 for a in vals[:6]], [a % -3 for a in vals[:6]])
