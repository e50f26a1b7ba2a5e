# Custom sequence/iterator types hitting every iteration protocol path and its errors.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

class OldSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        yield from self.items
    def __len__(self):
        return len(self.items)
    def __reversed__(self):
        return iter(self.items[::-1] + ["rev"])

class Contains:
    def __contains__(self, x):
        return x % 2 == 0

class BadIter:
    def __iter__(self):
        return 5
class NoNext:
    def __iter__(self):
        return self

print(list(Countdown(3)), list(OldSeq()), 9 in OldSeq(), 5 in OldSeq(), list(reversed(Bag(1, 2))), sorted(Bag(3, 1, 2)))
print(4 in Contains(), 3 in Contains(), 3 not in Contains(), len(Bag(1)), list(enumerate(OldSeq())), dict.fromkeys(Countdown(2)))
c = Countdown(5)
print(next(c), list(zip(c, "ab")), list(c), next(c, "done"))
for obj in [BadIter(), NoNext(), 5, None]:
    try:
        for x in obj:
            pass
    except TypeError as e:
        print("TypeError:", e)
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(Countdown(2))
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(OldSeq())) if hasattr(OldSeq, "__len__") else "no len", list(map(str, OldSeq())))
try:
    a, b = Countdown(3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c2, d = Countdown(3)
except ValueError as e:
    print("ValueError:", e)
first, *rest = Countdown(4)
print(first, rest)
try:
    x, = []
except ValueError as e:
    print("ValueError:", e)
try:
    (p, q), r = [(1, 2, 3), 4]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
def gen():
    yield 1
    raise StopIteration("inside")
try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
g = (i for i in range(3))
print(next(g), list(g), list(g), iter(g) is g)
it = iter([1, 2, 3])
print(list(zip(it, it)), list(it))
import itertools
print(list(itertools.islice(Countdown(10), 2, 6, 2)), list(itertools.chain(OldSeq(), Bag("x"))))
print(sum(OldSeq()), max(Countdown(4)), min(Bag(5, 3)), any(OldSeq()), all(Countdown(2)), tuple(Bag()), set(OldSeq()) == {0, 1, 4, 9})
print(list(iter(OldSeq())), " ".join(Bag("a", "b")), [*Bag(1, 2), *OldSeq()], {*Countdown(2)})
class LenHint:
    def __iter__(self):
        return iter([7, 8])
    def __length_hint__(self):
        return 2
print(list(LenHint()), bytes(Countdown(3)), bytearray(OldSeq()))
