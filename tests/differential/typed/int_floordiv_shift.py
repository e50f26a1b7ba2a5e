def f(n):
    out = []
    x = n
    for i in range(-20, 20):
        x = i * 7
        out.append((x // 3, x >> 2, x // 1, x >> 0, (x * 10**15) // 7, (x * 2**50) >> 52, (x * 3**40) // 5, (x * 3**40) >> 3))
    return out
print(f(3))
def g(a):
    a = a * 1
    return a // 4, a >> 1
print(g(-9), g(2**70), g(-(2**70) - 1))
