# Caret lines under nested binary operations (traceback.format_exc compares the whole text).
import traceback


def tb():
    return traceback.format_exc().replace(__file__, "tb7_binops.py")


def ratio(a, b):
    return a / b * 2


def mix(x, y, z):
    total = x + y / z
    return total


def avg(v):
    return sum(v) / len(v)


def scaled(a, b, k):
    r = k * (a // b) + 1
    return r


def power(a, b):
    return 3 + a ** b


def modded(a, b):
    out = [a % b, 1]
    return out


def shifted(a, b):
    return (a << b) - 1


def concat(s, n):
    t = s + n + "!"
    return t


for fn, args in [(ratio, (1, 0)), (mix, (1, 2, 0)), (avg, ([],)), (scaled, (4, 0, 2)),
                 (power, (0.0, -1)), (modded, (5, 0)), (shifted, (1, -1)), (concat, ("a", 1))]:
    try:
        fn(*args)
    except Exception:
        print(tb())
