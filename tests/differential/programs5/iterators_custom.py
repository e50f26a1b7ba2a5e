"""Custom iterators and iterables in a paginated data source."""
import itertools


class Page:
    def __init__(self, items, number):
        self.items = items
        self.number = number

    def __repr__(self):
        return f"Page({self.number}, {self.items})"


class Paginator:
    def __init__(self, data, size):
        self.data = list(data)
        self.size = size

    def __len__(self):
        return -(-len(self.data) // self.size)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("page out of range")
        start = index * self.size
        return Page(self.data[start:start + self.size], index + 1)

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __reversed__(self):
        return (self[i] for i in range(len(self) - 1, -1, -1))

    def __contains__(self, item):
        return item in self.data


pg = Paginator(range(1, 12), 4)
print(len(pg), pg[0], pg[-1], pg[1:], list(pg), [p.number for p in reversed(pg)], 7 in pg, 99 in pg)
try:
    pg[5]
except IndexError as e:
    print("IndexError:", e)


class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


f = Fib(50)
print(list(f), list(f), next(iter(Fib(3))), sum(Fib(100)), max(Fib(30)), sorted(Fib(10), reverse=True))
it = iter(Fib(5))
print(next(it), next(it), next(it), list(it))
print(next(iter([]), "default"), next(Fib(-1), "none left"))
try:
    next(Fib(-1))
except StopIteration as e:
    print("StopIteration", e.value)


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


cd = Countdown(3)
print(list(cd), list(cd), list(zip(cd, "abc")), dict(zip("xyz", cd)), list(enumerate(cd, 1)))
print(list(map(lambda a, b: a * b, cd, Countdown(5))), any(x > 2 for x in cd), all(cd), tuple(cd), set(cd) == {1, 2, 3})

rows = iter(["header", "r1", "r2", "r3"])
header = next(rows)
print(header, list(rows), list(rows))
chunks = iter(lambda: data.pop(0) if data else None, None)
data = [1, 2, 3]
print(list(chunks))
counter = itertools.count()
print(list(iter(lambda: next(counter), 4)))

words = ["apple", "avocado", "banana", "blueberry", "cherry"]
it = iter(words)
for w in it:
    if w.startswith("b"):
        print("first b:", w, "rest:", list(it))
        break
for i, w in enumerate(words):
    if i == 1:
        continue
    if len(w) > 6:
        print("long word", w)
else:
    print("loop finished without break")

lst = [1, 2, 3]
li = iter(lst)
next(li)
lst.append(4)
print(list(li))
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(iter(range(3))), list(reversed(range(1, 10, 3))), range(10)[2:8:2], range(0, 10, 3)[-1], len(range(5, -5, -2)))
