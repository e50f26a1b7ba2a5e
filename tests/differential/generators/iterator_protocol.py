# Iterators written as classes, generators as __iter__, and iter() forms.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), 2 in c, sum(c))
class Squares:
    def __init__(self, limit):
        self.i = 0
        self.limit = limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration
        self.i += 1
        return self.i ** 2
s = Squares(4)
print(list(s), list(s), next(iter(Squares(1))))
for v in Squares(3):
    print("sq", v)
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 11
print(list(OldStyle()), 22 in OldStyle(), [x for x in OldStyle()])
calls = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(calls), 0)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "empty"))
for bad in [5, None, object()]:
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError", e)
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), type(di).__name__, type(iter([])).__name__, type(iter(range(1))).__name__)
