# tuple() of lists and other iterables of every small length and a few large ones, tuple
# slices with steps, itertools.permutations/combinations tuples, and tuple() in a generator
# loop (the length is only known at run time; small lengths take a constant-size path).
import itertools


def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


for n in range(0, 12):
    lst = list(range(n))
    t = tuple(lst)
    print(n, t, type(t).__name__, len(t), t == tuple(range(n)), hash(t) == hash(tuple(lst)))
    print(tuple(x * x for x in range(n)), tuple(str(n) * 2), tuple({i: i for i in range(n)}))
    big = tuple(range(n * 100))
    print(len(big), big[::37], big[-3:], big[::-(n + 1)][:4], type(big[1:5]).__name__)

for size in (1, 2, 3, 4, 5, 8, 9, 10):
    s = 0
    last = None
    for w in windows(naturals(40), size):
        s += w[0] * w[-1] - len(w)
        last = w
    print(size, s, last, type(last).__name__)

print(list(itertools.permutations("abc", 2)))
print(list(itertools.permutations(range(4)))[-3:])
print(list(itertools.combinations(range(6), 5))[:3])
print(tuple([None, True, 1.0, -0.0, "é", "😀", (1,), []]))
t9 = tuple([[1], [2], [3], [4], [5], [6], [7], [8], [9]])
t9[0].append(0)
print(t9, t9.count([3]), t9.index([5]))


class L(list):
    def __iter__(self):
        return iter([9, 8, 7])


print(tuple(L([1, 2, 3])), tuple(L()))
