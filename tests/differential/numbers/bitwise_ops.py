# Bitwise operators on ints of every sign and size (infinite two's complement).
vals = [0, 5, -5, 12, -12, 2 ** 40 + 3, -(2 ** 40) - 3, 2 ** 70]
for a in vals:
    print(a, ~a, a << 3, a >> 2, a >> 100)
for a in vals[:6]:
    for b in (3, -3, 2 ** 35):
        print(a, b, a & b, a | b, a ^ b)
print(1 << 64, 1 << 100, -1 << 64, (1 << 64) >> 63, -(2 ** 64) >> 1)
print(-1 >> 1, -2 >> 1, -3 >> 1, 7 >> 64, -7 >> 64)
print(0xFFFFFFFF & -1, 0xFFFFFFFF + 1, 0x7FFFFFFF << 1, (1 << 31) | 1, 1 << 32)
print(True & 3, 6 & True, True ^ False)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError", e)
try:
    print(1.0 & 1)
except TypeError as e:
    print("TypeError", e)
try:
    print(1 << 2.0)
except TypeError as e:
    print("TypeError", e)
x = 0b1100
x &= 0b1010
print(x)
x |= 0b0001
print(x)
x ^= 0b1111
print(x)
x <<= 40
print(x)
x >>= 38
print(x)
mask = (1 << 64) - 1
h = 14695981039346656037
for ch in "pyjs":
    h ^= ord(ch)
    h = (h * 1099511628211) & mask
print(h, hex(h))
