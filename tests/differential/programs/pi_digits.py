# Digits of pi and e with big-integer arithmetic (Machin's formula, series for e).
def arctan_inv(x, scale):
    total = term = scale // x
    x2, n, sign = x * x, 1, 1
    while term:
        term //= x2
        n += 2
        sign = -sign
        total += sign * (term // n)
    return total
def pi_digits(digits):
    scale = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
    return pi // 10 ** 10
def e_digits(digits):
    scale = 10 ** (digits + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return total // 10 ** 10
p = str(pi_digits(300))
print(p[0] + "." + p[1:101])
print(p[101:201])
print(p[201:301])
e = str(e_digits(200))
print(e[0] + "." + e[1:])
counts = {d: p.count(d) for d in "0123456789"}
print(counts, sum(counts.values()))
print("first 999999 in pi digits:", p.find("999999"), "first '14159':", p.find("14159"))
def sqrt_int(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
root2 = str(sqrt_int(2 * 10 ** 200))
print(root2[0] + "." + root2[1:61])
print(sqrt_int(10 ** 100) == 10 ** 50, sqrt_int(2 ** 200 - 1) == 2 ** 100 - 1)
golden = (sqrt_int(5 * 10 ** 120) + 10 ** 60) // 2
print(str(golden)[:1] + "." + str(golden)[1:41])
