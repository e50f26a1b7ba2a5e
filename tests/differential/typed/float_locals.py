# Typed float locals: raw JS numbers that must still print and compare like Python floats.
import math


def halves(n):
    x = 1.0
    out = []
    for i in range(n):
        x = x * 2.0
        out.append(x)
    return out


def integral_results():
    a = 0.5
    b = a + a
    c = b * 4
    d = c / 2
    e = -d
    f = a - a
    g = -f
    print(b, c, d, e, f, g, str(d), repr(e), f"{d}", [b, c], (d,), {"k": e})
    return d


def mixed(n):
    acc = 0.0
    for i in range(n):
        acc += i / 2
    return acc, acc == 22.5, acc > n, int(acc)


def divzero(x):
    y = 1.5
    try:
        print(y / x)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    k = 3
    try:
        print(k / x)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    z = 0.0
    try:
        print(z / 0.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


def negzero():
    a = 0.0
    b = -a
    c = a * -1.0
    print(b, c, b == 0, math.copysign(1.0, b), a + b)
    return b


def walrus():
    xs = []
    t = 0.25
    while (t := t * 2.0) < 10:
        xs.append(t)
    return xs, t


def swap(a, b):
    x, y = 1.5, 2.5
    x, y = y, x
    p = q = 3.0
    return x, y, p, q


def big_int_mix():
    f = 0.5
    big = 10**20
    print(f * big, big + f, f < big, big == 1e20, 1e20 == big)
    try:
        print(f + 10**400)
    except OverflowError as e:
        print("OverflowError:", e)


def truthy(n):
    x = 0.0
    if not x:
        print("zero is false")
    x = n / 3
    if x:
        print("nonzero is true", x)
    return x


def powers():
    x = 2.0
    y = x ** 2
    z = x ** -1
    return y, z, x % 0.75, x // 0.75


def nan_inf():
    x = float("inf")
    y = x - x
    print(x, y, y == y, y != y, bool(y))


print(halves(5))
print(integral_results())
print(mixed(10))
divzero(0)
print(negzero())
print(walrus())
print(swap(1, 2))
big_int_mix()
print(truthy(3), truthy(0))
print(powers())
nan_inf()
