# Int arithmetic at the JS-number / BigInt boundaries (2**53, 2**63) and with negative
# operands, as plain expressions, augmented assignments in loops and mixed with floats/bools.

B53 = 2**53
B63 = 2**63
vals = [0, 1, -1, 7, -7, B53 - 1, B53, B53 + 1, -B53 + 1, -B53, -B53 - 1, B63 - 1, B63, -B63, -B63 - 1, 10**30, -(10**30)]
divs = [1, -1, 3, -3, 7, -7, B53, -B53, B53 + 1, B63, -B63, 10**20, -(10**20)]

for a in vals:
    row = []
    for d in divs:
        row.append((a // d, a % d, divmod(a, d) == (a // d, a % d)))
    print(a, row)

for a in vals:
    print(a, a >> 1, a >> 3, a >> 60, a >> 200, a << 3, -a, abs(a), ~a, a & 0xFFFF, a | 1, a ^ -1)
    print(type(a + 0.5).__name__, a + 0.5, a * 1.0, a / 3, a + True, a * False, a - True)

for a in vals:
    print(a + a, a - a, a * a, a * -1, (a + 1) - 1 == a, (a * 3) // 3 == a, hash(a) == hash(a + 0))

for k in (1000000007, 998244353, 1000003, 2**31 - 1, 2**32, 97, 2):
    print([v % k for v in vals], [(-v) % k for v in vals])

# Augmented assignment in loops crossing 2**53 and back.
x = B53 - 5
trace = []
for i in range(10):
    x += 1
    trace.append((x, type(x).__name__))
for i in range(10):
    x -= 1
    trace.append(x)
print(trace)
y = 3
for i in range(70):
    y *= 2
    if y > B53:
        y //= 3
print(y)
z = -(2**70)
for i in range(30):
    z //= 7
    z -= 1
print(z)
w = 1
for i in range(2, 40):
    w *= -i
print(w, w % 1000000007, w // 1000000007, w >> 7)
s = 0
for i in range(1000):
    s += i * i * i * i * i
print(s, s % 10**9)
f = 0.0
for i in range(100):
    f += B53
print(f, int(f), f == 100 * B53)
print(B53 + 1.0, float(B53 + 1), B53 + 1 == float(B53 + 1), B53 == float(B53))
print(-0.0 * B63, 0 * -B63, -B63 * 0, (-B63) % B63, (-B63) // B63)
print(pow(2, 64), pow(-2, 63), pow(3, 40, 2**61 - 1), pow(-3, 41, 10**20 + 39), pow(7, -1, 2**61 - 1))
print(str(2**200)[:20], len(str(3**5000)), sum(int(c) for c in str(7**2000)), int("9" * 40) + 1)
print(int(str(-(2**90))), int("-" + "1" * 30) * -1, int(" 42 "), int("0000000000000000000012"))
