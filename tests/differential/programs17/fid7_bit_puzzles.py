# Bit manipulation puzzles: bit_length, bin, big shifts, negative numbers' & | ^ ~, gray codes,
# popcount tricks, subsets by bitmask, bit reversal, two's complement views, and big masks.
def twos(n, width):
    return format(n & ((1 << width) - 1), f"0{width}b")


for n in [0, 1, 5, -1, -5, 255, -256, 2 ** 63, -(2 ** 63), 2 ** 100 + 1]:
    print(f"{n:>32} bl={n.bit_length():>3} bc={n.bit_count():>2} bin={bin(n)[:20]:<20} hex={hex(n)} oct={oct(n)[:12]}")
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2 ** 70 + 5, -3), (-(2 ** 70), 2 ** 69 - 1)]:
    print(a & b, a | b, a ^ b, ~a, ~b, -a & a, a & -a if a else 0)
print([twos(x, 8) for x in (-1, -2, -128, 127, 128, 255, -129)])
print([1 << k for k in (0, 31, 32, 53, 64)], (1 << 200) >> 199, -1 >> 100, -(2 ** 80) >> 79, 5 >> 1000, -5 >> 1000, 3 << 0)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -2
except ValueError as e:
    print("ValueError", e)


def lowbit(x): return x & -x
def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c
def gray(n): return n ^ (n >> 1)
def ungray(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n
def reverse_bits(x, width=32):
    r = 0
    for _ in range(width):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r
def next_same_popcount(x):
    c = x & -x
    r = x + c
    return (((r ^ x) >> 2) // c) | r


print([lowbit(x) for x in (12, 40, 7, 2 ** 64, 96)], [popcount(x) for x in (0, 255, 2 ** 64 - 1, 12345678901234567890)])
print([gray(i) for i in range(16)], all(ungray(gray(i)) == i for i in range(1024)))
print([format(gray(i), "04b") for i in range(8)])
print(hex(reverse_bits(1)), hex(reverse_bits(0xF0000000)), reverse_bits(0b1011, 4), hex(reverse_bits(0x12345678)))
x = 0b0111
seq = []
for _ in range(8):
    seq.append(x)
    x = next_same_popcount(x)
print([bin(s) for s in seq])
items = ["a", "b", "c", "d"]
subsets = [[items[i] for i in range(len(items)) if mask >> i & 1] for mask in range(1 << len(items))]
print(len(subsets), subsets[:6], subsets[-1])
print(sorted(subsets, key=lambda s: (len(s), s))[:8])


def single_number(nums):
    acc = 0
    for v in nums:
        acc ^= v
    return acc


print(single_number([4, 1, 2, 1, 2]), single_number([-7, 3, 3]), single_number([2 ** 90, 5, 5]))
big = (1 << 128) - 1
print(big, big.bit_length(), big >> 64 == (1 << 64) - 1, big ^ (1 << 127), (big & ~(1 << 64)).bit_count(), hex(big & 0xdeadbeef << 64))
print(int("1" * 70, 2) == (1 << 70) - 1, int("-0b1010", 0), int("ff" * 10, 16).bit_length(), (-(1 << 70)).bit_length(), (~0) & 0xFF)
print(f"{-5 & 0xFF:08b} {~5 & 0xFFFF:#06x} {0xFF ^ 0x0F:b} {(1 << 65) | 1:_x} {-(2 ** 65):_b}"[:90])
print(divmod(-(2 ** 65), 7), -(2 ** 65) // 7 * 7 + -(2 ** 65) % 7 == -(2 ** 65), pow(2, 127, 2 ** 61 - 1), (2 ** 61 - 1) % 2 ** 31)
flags = {"READ": 1, "WRITE": 2, "EXEC": 4, "SUID": 2048}
perm = flags["READ"] | flags["EXEC"] | flags["SUID"]
print([name for name, bit in flags.items() if perm & bit], perm, oct(perm), perm & ~flags["EXEC"], bool(perm & flags["WRITE"]))
print(True << 3, True & 5, False | 2, True ^ True, type(True ^ True).__name__, type(True & 1).__name__, ~True, ~False)
