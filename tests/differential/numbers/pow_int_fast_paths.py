# pow(a, b, m) with small (JS number) and big moduli, negative bases/moduli/exponents;
# int() of digits; // and % with BigInt operands; bit_length.
import random
random.seed(5)
vals = [0, 1, 2, 3, 7, 10, 2**31-1, 2**32, 2**32+1, 2**53, 2**64+13, 10**9+7, 998244353, 65537, -5, -(2**40)]
out = []
for a in vals:
    for b in [0, 1, 2, 5, 63, 64, 1000, 10**6, 2**70+3, 10**40+7]:
        for m in [1, 2, 3, 97, 10**9+7, 2**32, 2**32-5, 2**32+15, 2**61-1, 2**127-1, (1 << 521) - 1, -7, -(10**9+7), -(2**64)]:
            out.append(pow(a, b, m))
for i in range(200):
    a = random.randrange(-10**30, 10**30); b = random.randrange(0, 10**25); m = random.choice([random.randrange(1, 2**33), random.randrange(1, 10**40)])
    out.append(pow(a, b, m))
print(sum(out) % (10**18), len(out), out[:40])
print(pow(3, -1, 7), pow(-3, -5, 1000003), pow(2, -1, 2**64+1))
print([int(c) for c in "0123456789"], int("7"), int(" 8 "), int("١"), int(True), int(3.7), int("-5"), int(2**70))
print((2**100) // 7, (-(2**100)) // 7, (2**100) % -7, 7 // (2**80), -7 // (2**80), 5 % -(2**80), (2**64) // 1.5 if True else 0)
print([(2**k).bit_length() for k in range(0, 200, 7)], [(2**k - 1).bit_length() for k in range(1, 200, 7)], (-(2**90)).bit_length())
print(3**500 / 7**200, float(2**1100 // 3**300))
try:
    int("x")
except ValueError as e:
    print(e)
