# Small-int typing of //, >> (small left operand) and % (small right operand): sums of the
# results must still overflow into BigInts; BigInt operands and negative values.
def digits(n):
    out = []
    while n:
        out.append(n % 10)
        n //= 10
    return out
def f(a, b):
    r = []
    for i in range(-20, 20):
        q = i // 3
        m = (i * 2**60) % 7
        s = i >> 2
        t = (q + m + s) * 2**52
        r.append((q, m, s, t, (i * 2**60) // 5 % 1000, (2**53 - 1 - i) // 1 + 5, (-(2**53) + 1) >> 1, i % -3, i % (2**70)))
    return r
print(digits(2**100), digits(12345), f(1, 2)[:5], f(1, 2)[-3:])
x = 2**53 - 1
y = x // 1 + x // 1
print(y, x % 1000 * 2**50, (x >> 0) + (x >> 0), 7 // 2**70, -7 // 2**70, (-7) % 2**70 + 1)
