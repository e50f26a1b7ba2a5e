# Arbitrary-precision integer arithmetic.
a = 2 ** 200
print(a)
print(-a)
print(a + 1, a - 1)
print(a * a)
print(len(str(a * a)))

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in (0, 1, 5, 20, 21, 25, 30, 50):
    print(n, fact(n))

f100 = fact(100)
print(f100)
print(sum(int(c) for c in str(f100)))
print(str(f100).count("0"))

# crossing the 2**53 boundary in both directions
x = 2 ** 53 - 1
print(x, x + 1, x + 2, (x + 2) - 3)
print(-x, -x - 1, -x - 2, (-x - 2) + 3)
print(type(x + 2).__name__, type((x + 2) - 3).__name__)

# big * small, big - big going back to small
big = 10 ** 30
print(big * 7, big * -7, (big + 5) - big)
print(big // 10 ** 29, (big * 3) // big)
print(12345678901234567890 * 98765432109876543210)
print(-(2 ** 64) * -(2 ** 64))
print((2 ** 64) ** 3)
print(3 ** 100)
print((-3) ** 101)
print(2 ** 0, 0 ** 0, (-1) ** 1000001)

# fibonacci into the hundreds of digits
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(a % 1000000007)

# int() / abs / comparisons on big values
print(abs(-(10 ** 25)), abs(10 ** 25) == 10 ** 25)
print(10 ** 25 > 10 ** 24, -(10 ** 25) < -(10 ** 24), 10 ** 25 == 10 ** 25)
print(max(2 ** 70, 2 ** 69, -(2 ** 80)), min(2 ** 70, 2 ** 69, -(2 ** 80)))
print(sorted([2 ** 65, -3, 2 ** 64, 0, -(2 ** 65), 7]))
print(int("9" * 40) + 1)
print(sum([2 ** 60] * 20))
print(2 ** 100 == 2.0 ** 100, 2 ** 100 + 1 == 2.0 ** 100)

# digits limit for str() of huge ints (3.11)
huge = 10 ** 5000
try:
    s = str(huge)
except ValueError as e:
    print("ValueError", e)
print(huge.bit_length())
