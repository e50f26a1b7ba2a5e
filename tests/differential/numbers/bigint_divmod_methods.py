# divmod with ints past 2**53 (every sign combination), int/float method calls on numbers,
# and max/min over mixed ints, BigInts and floats.
vals = [2**70 + 3, -(2**70 + 3), 2**64, -(2**64), 7, -7, 2**53 + 1, 10**30]
divs = [3, -3, 2**40 + 1, -(2**40 + 1), 2**64, -(2**65), 1, -1]
for a in vals:
    row = []
    for b in divs:
        q, r = divmod(a, b)
        row.append((q, r))
        assert q * b + r == a and (r == 0 or (r < 0) == (b < 0)), (a, b)
        assert (q, r) == (a // b, a % b)
    print(row[:3], row[-2:])
print(divmod(2**64, 2**64), divmod(-(2**64), 2**64), divmod(2**64 - 1, 2**64), divmod(3, 2**70), divmod(-3, 2**70))
try:
    divmod(2**70, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(divmod(2**70, 2.5), divmod(-(2**70), 3.0))
n = 2**100 + 12345
print(n.bit_length(), (-n).bit_length(), n.bit_count(), (5).bit_length(), (0).bit_length(), n.conjugate() == n)
print((12).as_integer_ratio(), (2**80).as_integer_ratio(), (0.75).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer())
print((1.5).hex(), (2**80).to_bytes(11, "big"), (-5).bit_count(), True.bit_length(), (255).to_bytes(2, "little"))
try:
    (2**80).real()
except TypeError as e:
    print("TypeError:", e)
print(max(3, 2**80, 2.5), min(-(2**90), -1e30, 5), max([2**70, 2.0**70]), max([2.0**70, 2**70]), min([1, 1.0, True]))
print(max([float("nan"), 2**80, 1]), max([2**80, float("nan"), 1]), min([2**64, float("inf"), -(2**64)]))
print(max([2**64, 2**64 + 1, 2**63], key=lambda x: -x), max(["a", "b"]), max(2**70, 3, key=abs))
print(sorted([2**70, 3.5, -(2**80), 2**53 + 1, float(2**53)]))
# True division of big ints: correctly rounded (ties to even, remainders past the tie).
x = 12345
out = []
for i in range(300):
    x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
    a = x * (x >> 7) + i
    b = (x >> (i % 60)) + 1
    out.append(a / b)
    out.append(-a / (b * 3 + 1))
    out.append((a << (i % 200)) / b)
    out.append(b / (a << (i % 900)))
print(out[:8], sum(out[::3]), hash(tuple(out)))
for k in [10, 64, 200, 900]:
    t = (2**53 + 1) << k
    print(t / 1, (t + 1) / 1, (t - 1) / 1, ((2**53 + 3) << k) / 1, t / 3, -t / 7, t / (2**k), (t << 60) / (2**k + 1))
print(2**1100 / 2**80, 2**1023 * 3 / 2**10, 1 / 2**1070, 3 / 2**1075, 2**2000 / 3**1200)
try:
    print(2**1100 / 3)
except OverflowError as e:
    print("OverflowError:", e)
