"""Classic recursive algorithms: sorts, power set, flood fill, expression trees, memoization."""
from functools import lru_cache


def merge_sort(xs, key=lambda x: x):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    a, b = merge_sort(xs[:mid], key), merge_sort(xs[mid:], key)
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if key(b[j]) < key(a[i]):
            out.append(b[j]); j += 1
        else:
            out.append(a[i]); i += 1
    return out + a[i:] + b[j:]


def quicksort(xs):
    if len(xs) < 2:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])


data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0, 27]
print(merge_sort(data), quicksort(data), merge_sort(["pear", "Fig", "apple"], key=str.lower))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
print(merge_sort(pairs, key=lambda p: p[0]))


def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]


print(sorted(power_set([1, 2, 3]), key=lambda r: (len(r), r)))

IMG = [list(r) for r in """\
..##....
.#..#...
.#...#..
..###...
......##""".splitlines()]


def flood(img, r, c, new):
    old = img[r][c]
    if old == new:
        return 0
    def fill(r, c):
        if not (0 <= r < len(img) and 0 <= c < len(img[0])) or img[r][c] != old:
            return 0
        img[r][c] = new
        return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1)
    return fill(r, c)


print(flood(IMG, 2, 3, "o"), flood(IMG, 0, 0, "~"))
print("\n".join("".join(r) for r in IMG))


class Expr:
    pass


class Num(Expr):
    def __init__(self, v): self.v = v
    def eval(self): return self.v
    def __str__(self): return str(self.v)


class Bin(Expr):
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}

    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
    def eval(self): return self.OPS[self.op](self.l.eval(), self.r.eval())
    def __str__(self): return f"({self.l} {self.op} {self.r})"

    def simplify(self):
        l = self.l.simplify() if isinstance(self.l, Bin) else self.l
        r = self.r.simplify() if isinstance(self.r, Bin) else self.r
        if isinstance(l, Num) and isinstance(r, Num):
            return Num(Bin(self.op, l, r).eval())
        return Bin(self.op, l, r)


tree = Bin("*", Bin("+", Num(2), Num(3)), Bin("-", Num(10), Bin("/", Num(9), Num(3))))
print(tree, "=", tree.eval(), "->", tree.simplify())


@lru_cache(maxsize=None)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]:
    print(f"{a!r} -> {b!r}: {edit_distance(a, b)}")


@lru_cache(maxsize=None)
def lcs(a, b):
    if not a or not b:
        return ""
    if a[-1] == b[-1]:
        return lcs(a[:-1], b[:-1]) + a[-1]
    return max(lcs(a[:-1], b), lcs(a, b[:-1]), key=len)


print(lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(m, n) for m in range(3) for n in range(4)], ackermann(2, 3))


def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x


print(list(flatten([1, [2, (3, [4, []]), "five"], [[[6]]]])))
print(sum(flatten([[1, 2], [3, [4, [5]]]])), max(flatten([[-1], [[-5, 99]]])))
