# Every way a float / np.float64 accumulator escapes its raw form.
import numpy as np

a = np.array([1.5, 2.5, 3.0, -0.5])


def compare(a):
    acc = 0.0
    hits = []
    for i in range(len(a)):
        acc += a[i]
        if acc > 3.5:
            hits.append(acc)
        if acc == 4.0:
            hits.append("four")
        if acc != "x":
            pass
    return hits, acc == 6.5, acc < 7, acc >= 6.5


def passes(a):
    acc = 0.0
    seen = []
    d = {}
    for i in range(len(a)):
        acc += a[i] * 2.0
        seen.append(acc)
        d[i] = acc
        print(i, acc, repr(acc), float(acc), int(acc), round(acc, 1), abs(acc))
    return seen, d, [type(x).__name__ for x in seen]


def reassigned(a):
    acc = 0.0
    for i in range(len(a)):
        acc += a[i]
        if i == 1:
            acc = None
            print("reset", acc)
            acc = 0
        if i == 2:
            acc = "text"
            print(acc * 2)
            acc = 1.0
    return acc


def in_class(a):
    class Box:
        pass
    b = Box()
    acc = 0.0
    for i in range(len(a)):
        acc += a[i]
        b.v = acc
    return b.v, isinstance(acc, np.float64), isinstance(acc, float)


def closure(a):
    acc = 0.0
    for i in range(len(a)):
        acc += a[i]

    def get():
        return acc
    return get()


def lam(a):
    acc = 0.0
    for i in range(len(a)):
        acc += a[i]
    f = lambda: acc * 2
    return f(), [acc + k for k in range(2)]


def walrus(a):
    acc = 0.0
    for i in range(len(a)):
        acc += a[i]
    if (y := acc) > 1:
        return y
    return None


def identity(a):
    acc = 0.0
    for i in range(len(a)):
        acc += a[i]
    b = acc
    return b is acc


def gen(a):
    acc = 0.0
    for i in range(len(a)):
        acc += a[i]
        yield acc


def mixed(a, xs):
    acc = 0.0
    for i in range(len(a)):
        acc += a[i] * xs[i]
        acc += xs[i]
        acc = acc * 1
    return acc


print(compare(a))
print(passes(a))
print(repr(reassigned(a)))
print(in_class(a))
print(repr(closure(a)), lam(a), repr(walrus(a)), identity(a))
print(list(gen(a)), list(gen(np.zeros(0))))
print(repr(mixed(a, [1, 2, 3, 4])), repr(mixed(a, [0.5, 1.5, 2.5, 3.5])))
print(repr(mixed(np.zeros(0), [])))
print(max(passes(a)[0]), sum(passes(np.ones(2))[0]))
