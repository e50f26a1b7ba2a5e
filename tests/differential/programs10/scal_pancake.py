# `p[:k + 1] = p[k::-1]` (prefix reversal in place) on exact lists, and every case that must
# take the general statement: k past the end, negative, a bool, a float, None, a str; a
# tuple, a list subclass, a user sequence; k a global; an error's traceback line.


class L(list):
    pass


class Seq:
    def __init__(self, xs):
        self.xs = xs

    def __getitem__(self, s):
        print("getitem", s)
        return self.xs[s]

    def __setitem__(self, s, v):
        print("setitem", s, v)
        self.xs[s] = v


def flip(p, k):
    p[: k + 1] = p[k::-1]
    return p


def fannkuch_like(perm):
    p = perm[:]
    flips = 0
    k = p[0]
    while k != 0:
        p[: k + 1] = p[k::-1]
        flips += 1
        k = p[0]
    return flips, p


print(fannkuch_like([3, 1, 4, 0, 2]), fannkuch_like([2, 0, 1]), fannkuch_like([0]))
for k in [0, 1, 4, 5, 9, -1, -2, -5, -6, -9, True, False]:
    print(k, flip(list(range(5)), k))
print(flip(L([1, 2, 3]), 1), type(flip(L([1, 2, 3]), 2)).__name__)
print(flip(Seq([1, 2, 3, 4]), 2).xs)
print(flip([], 0), flip([], -1), flip(["a"], 0))
for bad in [1.0, None, "1", (1,)]:
    try:
        print(flip([1, 2, 3], bad))
    except TypeError as e:
        print("TypeError", e)
try:
    print(flip((1, 2, 3), 1))
except TypeError as e:
    print("TypeError", e)
big = 2**70
try:
    print(flip([1, 2, 3], big))
except Exception as e:
    print(type(e).__name__, e)
print(flip([1, 2, 3], -(2**70)))

g = [5, 6, 7, 8]
gk = 2
g[: gk + 1] = g[gk::-1]
print(g)


def nested():
    q = [1, 2, 3, 4, 5]
    j = 3

    def inner():
        return q, j

    q[: j + 1] = q[j::-1]
    return inner()


print(nested())
flip([1, 2], None)
