# Comparisons of ints past 2**53 with ints and floats, results near the safe-integer bounds,
# and bit_length around powers of two.
M = 2**53
big = [M - 1, M, M + 1, -M + 1, -M, -M - 1, 2**64, -(2**64), 2**1023, 2**1024, 2**1100 + 1]
others = [0, 1, -1, M - 1, M, 2.5, float(M), float(2**64), 1e308, float("inf"), -float("inf"), float("nan"), 2**64 - 1]
for a in big:
    row = []
    for b in others:
        row.append((a < b, a <= b, a > b, a >= b, a == b, a != b))
        row.append((b < a, b <= a, b > a, b >= a, b == a, b != a))
    print(a.bit_length(), sum(x.count(True) for x in row), row[:4])
print(max(big), min(big), sorted(big)[:3])
print(max([3, 2**80, 2.5, 2**79]), min([2**80, -(2**90), 1e30]))
print(2**60 == 2.0**60, 2**60 + 1 == 2.0**60, 2**60 + 1 > 2.0**60, 2**1024 > 1e308)
print(2**80 in [2.0**80], 2**80 in {2**80: 1}, {2**64: "a"}[2**64], hash(2**64), hash(-(2**64)), hash(2**61 - 1))
# Sums and differences landing back in the safe range become plain ints again.
x = 2**70
y = x + 5 - x
print(y, type(y), y == 5, (2**53 + 1) - 2, (2**53) * 3 // 3 - 2**53, -(2**53) - 1 + 2)
print((M + 1) - (M + 1), (M * M) // M == M, M * -M, -M * -M)
for n in [1, 2, 3, 7, 8, 9, 2**52 - 1, 2**52, 2**53 - 1, 2**53, 2**53 + 1, 2**63 - 1, 2**63, 2**64 - 1, 2**64,
          2**100 - 1, 2**100, 2**1023 - 1, 2**1023, 2**1024 - 1, 2**1024, 2**1024 + 1, 2**2000 - 1, 2**2000]:
    print(n.bit_length(), (-n).bit_length(), end=" ")
print()
print(sum([2**60] * 10), sum(range(2**60, 2**60 + 5)), abs(-(2**80)))
