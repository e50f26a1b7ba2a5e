# Nested helper functions called only directly: their parameters take the types of the call
# sites' arguments, and every other kind of argument still takes the general path.
def solve(n):
    out = []

    def place(row, acc, step=1):
        if row == n:
            out.append(acc)
            return
        place(row + step, acc * 3 + row)

    place(0, 1)
    return out


def big_steps():
    res = []

    def go(x, k):
        if k == 0:
            res.append(x)
            return
        go(x * 2**20 + k, k - 1)

    go(1, 4)
    go(2**60, 2)
    return res


def mixed():
    def add(a, b):
        return a + b

    return [add(1, 2), add(1.5, 2), add("a", "b"), add([1], [2]), add(2**53, 1), add(True, True), add(0.1, 0.2)]


def shadowed():
    def f(x):
        return x + 1

    r = [f(1)]

    def g():
        def f(y):
            return y * 10
        return f(2.5)

    r.append(g())
    r.append(f(2**53 - 1))
    return r


def escapes():
    def h(x):
        return x * 2

    fs = [h]
    return h(3), fs[0]("ab"), h(1.25)


def rebound(flag):
    def k(x):
        return x + 1
    if flag:
        def k(x):
            return x + "!"
    return k("a") if flag else k(1)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __eq__(self, o):
        return isinstance(o, Num) and o.v == self.v or o == self.v

    def __radd__(self, o):
        return Num(o + self.v)

    def __lt__(self, o):
        return self.v < o

    def __repr__(self):
        return f"Num({self.v})"


def with_objects():
    seen = []

    def walk(i, total):
        seen.append(total)
        if i < 3:
            walk(i + 1, total + i)

    walk(0, 0)
    walk(Num(0), 0.5)
    return seen


def defaults(m):
    def scale(x, k=m):
        return x * k
    return scale(2), scale(2, 0.5), scale("ab")


print(solve(5), solve(0))
print(big_steps())
print(mixed())
print(shadowed())
print(escapes())
print(rebound(True), rebound(False))
print(with_objects())
print(defaults(3), defaults(2))
