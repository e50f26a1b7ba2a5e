# % by a positive int literal and >> on ints past 32 bits (fast paths on JS numbers), around
# 2**31, 2**52 and 2**53 and with negative operands.
vals = [0, 1, -1, 7, -7, 2**31, -(2**31), 2**31 - 1, 2**32 + 5, 2**40 + 3, -(2**40) - 3, 2**52 - 1, -(2**52) + 1,
        2**52, -(2**52), 2**52 + 1, 2**53 - 1, -(2**53) + 1, 2**53, 2**60, -(2**60) - 5, 3 * 2**50 + 7]
for v in vals:
    x = v * 1
    print(x % 7, x % 1000000007, x % 4294967296, x % 2**52, x % (2**52 - 1), x % 3, x % 1, x % 2147483647)
    print(x >> 0, x >> 1, x >> 5, x >> 31, x >> 32, x >> 52, x >> 53, x >> 60, x >> 100, x >> 2000)
h = 0
for i in range(1000):
    h = (h * 1000003 + i) % 4294967291
print(h)
state = 12345
acc = 0
for _ in range(1000):
    state = (state * 69069 + 1) % 4294967296
    acc = (acc + (state >> 8) % 3 + (state >> 20) % 7) % 1000000007
print(state, acc)
print(True % 2, 5.5 % 2, -5.5 % 2, (2**53 + 0.0) % 7)
try:
    print((1 << 3) >> -1)
except ValueError as e:
    print("ValueError", e)
