# // on int-typed operands: inline Math.floor path for JS numbers, helper for BigInts, zero
# divisors, negative operands and floats.
def f(n, d):
    out = []
    for i in range(-n, n):
        out.append(i // 3)
        out.append(i // -3)
        out.append((i * 7) // d)
        out.append((i * 2**60) // 7)
        out.append((i + 2**53) // (d + 1))
        out.append(-i // d)
    return out
def g(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        return str(e)
def h():
    k = 0
    x = 10
    big = 2**80
    s = 0
    for i in range(5):
        s += x // (k + i) if i else 0
        s += big // (i + 1)
        s += (2**53 - 1) // (i + 1)
        s += (-(2**53) + 1) // (i + 2)
    try:
        print(x // k)
    except ZeroDivisionError as e:
        print("ZDE", e)
    try:
        print(big // k)
    except ZeroDivisionError as e:
        print("ZDE", e)
    return s
print(f(8, 5), f(3, -2))
print(g(7, 0), g(2**70, 3), g(-7, 2), g(7, 2.0), g(True, 2))
print(h())
print([n // 10 for n in range(95, 105)], [(i * i) // 7 for i in range(-20, 20, 3)])
