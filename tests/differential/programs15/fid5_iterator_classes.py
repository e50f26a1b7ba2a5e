"""An iterator class hierarchy: base iterator, mapping/filtering/windowing subclasses, reversible ranges."""


class Iter:
    """Base class: wraps any iterable, adds chaining helpers."""

    def __init__(self, source):
        self._it = iter(source)
        self.consumed = 0

    def __iter__(self):
        return self

    def __next__(self):
        value = next(self._it)
        self.consumed += 1
        return value

    def map(self, fn):
        return MapIter(self, fn)

    def filter(self, pred):
        return FilterIter(self, pred)

    def window(self, n):
        return WindowIter(self, n)

    def take(self, n):
        out = []
        for _ in range(n):
            try:
                out.append(next(self))
            except StopIteration:
                break
        return out

    def __repr__(self):
        return f"{type(self).__name__}(consumed={self.consumed})"


class MapIter(Iter):
    def __init__(self, source, fn):
        super().__init__(source)
        self.fn = fn

    def __next__(self):
        return self.fn(super().__next__())


class FilterIter(Iter):
    def __init__(self, source, pred):
        super().__init__(source)
        self.pred = pred
        self.skipped = 0

    def __next__(self):
        while True:
            v = super().__next__()
            if self.pred(v):
                return v
            self.skipped += 1


class WindowIter(Iter):
    def __init__(self, source, n):
        super().__init__(source)
        self.n = n
        self.buf = []

    def __next__(self):
        while len(self.buf) < self.n:
            self.buf.append(super().__next__())
        out = tuple(self.buf)
        self.buf.pop(0)
        return out


class Countdown:
    """A reusable iterable (not an iterator) with __reversed__, __len__ and __contains__."""

    def __init__(self, start, stop=0, step=1):
        self.start, self.stop, self.step = start, stop, step

    def __iter__(self):
        v = self.start
        while v > self.stop:
            yield v
            v -= self.step

    def __reversed__(self):
        return iter(sorted(self))

    def __len__(self):
        return max(0, -(-(self.start - self.stop) // self.step))

    def __contains__(self, v):
        return self.stop < v <= self.start and (self.start - v) % self.step == 0

    def __getitem__(self, i):
        if not 0 <= i < len(self):
            raise IndexError(f"Countdown index {i} out of range")
        return self.start - i * self.step


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


class OldStyle:
    """Iterable only through __getitem__ (the sequence protocol)."""

    def __init__(self, word):
        self.word = word

    def __getitem__(self, i):
        return self.word[i].upper()


it = Iter(range(20)).filter(lambda x: x % 3).map(lambda x: x * x).window(3)
print(it.take(4), it)
print(next(it), list(it)[-2:], it.take(2))
f = FilterIter("a1b22c333", str.isdigit)
print("".join(f), f.skipped, f.consumed)
c = Countdown(10, 0, 3)
print(list(c), list(reversed(c)), len(c), 7 in c, 8 in c, c[2], list(c) == list(c))
try:
    c[4]
except IndexError as e:
    print(e)
print(sorted(Fib(100), reverse=True)[:3], sum(Fib(1000)), max(Fib(50)), list(zip(Fib(10), "abc")))
print(list(OldStyle("hey")), "E" in OldStyle("hey"), [x for x in OldStyle("ok") if x != "K"])
print(dict(enumerate(Countdown(3))), set(Fib(10)), tuple(MapIter("xyz", ord)))
m = map(str.upper, Iter(["a", "b"]))
print(next(m), list(m), next(m, None))
i1, i2 = Iter("ab"), Iter("ab")
print(i1 is iter(i1), list(i1), list(i1), iter(c) is iter(c))
class Broken:
    def __iter__(self):
        return 42
try:
    iter(Broken())
except TypeError as e:
    print("TypeError:", e)
try:
    next(Countdown(3))
except TypeError as e:
    print("TypeError:", e)
print(list(zip(*[Iter(range(3)), Countdown(5), "xyz"])), any(x > 4 for x in Countdown(5)))
