# Parameters typed from every call site, return types, and shadowed builtins.
def area(w, h):
    return w * h / 2


def scale(v, k=2.0):
    return v * k


def count_up(n):
    i = 0
    while i < n:
        i += 1
    return i


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def passed_around(x):
    return x + 1


def use_callback(f, v):
    return f(v)


def kw_called(a, b):
    return a - b


def flag(on):
    return on and True


print(area(3, 4), area(2.5, 4), area(10**20, 3))
print(scale(3), scale(1.5, 4), scale(2, 0.5))
print(count_up(5), count_up(0))
print(fact(5), fact(25))
print(use_callback(passed_around, 1), use_callback(passed_around, 1.5), passed_around("a" and 2))
print(kw_called(5, 3), kw_called(b=1.5, a=4))
print(flag(True), flag(False), flag(1))


def range(n):
    return [n, n]


def shadowed():
    out = []
    for i in range(3):
        out.append(i)
    return out


print(shadowed())


def strs(words):
    s = ""
    for w in words:
        s = s + w
    t = s
    for ch in t:
        if ch == "b":
            s = s + "!"
    return s, s == "abc!", len(s), s.upper(), s != t


print(strs(["a", "b", "c"]))
