# `(a * b + c) % k` with an int literal k (linear congruential generators, modular hashes):
# int32 and larger states, negative operands, products near and past 2**52 and 2**53.
def lcg(state, n):
    out = []
    for _ in range(n):
        state = (state * 69069 + 1) % 4294967296
        out.append(state)
    return out


print(lcg(12345, 5), sum(lcg(0, 20000)) % 1000003, lcg(31090, 3), lcg(2**31 - 1, 3))

vals = [0, 1, -1, 7, -7, 2**31 - 1, -(2**31), 2**31, 2**32 - 1, 2**32, 2**40 + 3, -(2**40) - 3,
        2**26, 2**26 + 1, 2**27 - 5, 3 * 2**49, -(3 * 2**49), 2**52 - 1, -(2**52) + 1]
ks_checks = []
for a in vals:
    for b in [1, -1, 3, 69069, 65537, 2**20 + 7, -(2**21)]:
        for c in [0, 1, -5, 2**31, 2**52]:
            r1 = (a * b + c) % 4294967296
            r2 = (a * b - c) % 1000000007
            r3 = (a * b) % 7
            r4 = (a * b + c) % 1
            ks_checks.append((r1, r2, r3, r4))
print(len(ks_checks), sum(x[0] for x in ks_checks) % 999983, sum(x[1] for x in ks_checks) % 999983,
      sum(x[2] for x in ks_checks), sum(x[3] for x in ks_checks))
print(ks_checks[:12])
print(ks_checks[-12:])

# Floats and bools through the same shapes.
f = 2.5
print((f * 3 + 1) % 4294967296, (True * 5 + 1) % 7, (3 * f - 1) % 7)
h = 0
for ch in "hello, world \u00e9\U0001f600":
    h = (h * 131 + ord(ch)) % 1000000007
print(h)
