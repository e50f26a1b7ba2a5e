import sys
n = 7 ** 5000
s = str(n) if False else None
print(sys.get_int_max_str_digits())
try:
    str(10 ** 4300)
except ValueError as e:
    print('ValueError', e)
try:
    print(10 ** 4299 > 0, len(str(10 ** 4299)))
except ValueError as e:
    print('ValueError', e)
try:
    int('1' * 4301)
except ValueError as e:
    print('ValueError', e)
try:
    f"{10 ** 5000}"
except ValueError as e:
    print('ValueError', e)
try:
    repr(-(10 ** 4400))
except ValueError as e:
    print('ValueError', e)
print(hex(10 ** 5000)[:20], len(hex(10 ** 5000)), len(bin(3 ** 9000)))
print((10 ** 5000) % 97, (10 ** 5000).bit_length(), int('1' * 4300) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)), str(7 ** 6000)[-10:])
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
try:
    str(10 ** 5000)
except ValueError as e:
    print('ValueError', e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print('ValueError', e)
sys.set_int_max_str_digits(4300)
big = 2 ** 300
print(big, -big, big // 3, big % 1000007, divmod(-big, 12345), big >> 250, ~big & 0xFFFF, big ^ (big - 1))
print(f"{big:,}"[:30], f"{big:e}", f"{big:.3e}", float(big), big / 7, big * 1.0 == float(big))
print(int(str(big)) == big, int(f"{big:x}", 16) == big, int(bin(big), 0) == big, hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**100))
print(pow(big, -1, 1000003) * big % 1000003, pow(3, 10**18, 10**9 + 7), (-big) ** 3 < 0, abs(-big) == big)
print(sorted([big, -big, 0, 2**53, 2**53 + 1, float(2**53)]), max(2**64, 1.8e19), 2**64 == 2.0**64, 2**64 + 1 > 2.0**64)
