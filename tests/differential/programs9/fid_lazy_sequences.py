"""Lazy sequences: prime sieves, Fibonacci, Collatz, class iterators and generator return values."""
import itertools
from itertools import islice, count, takewhile


def primes():
    composites = {}
    for n in count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def collatz(n):
    steps = 0
    while n != 1:
        yield n
        n = 3 * n + 1 if n % 2 else n // 2
        steps += 1
    yield 1
    return steps


print(list(islice(primes(), 20)))
print(sum(takewhile(lambda p: p < 1000, primes())), next(p for p in primes() if p > 10**4))
print(list(islice(fib(), 15)), next(islice(fib(), 100, None)))
print([f for f in takewhile(lambda x: x < 10**20, fib()) if f % 7 == 0][-3:])
print(list(collatz(27))[:10], len(list(collatz(27))))
g = collatz(6)
seq = []
while True:
    try:
        seq.append(next(g))
    except StopIteration as e:
        print(seq, "steps =", e.value)
        break
longest = max(range(1, 10000), key=lambda n: sum(1 for _ in collatz(n)))
print("longest chain under 10000 starts at", longest)


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)

    def __reversed__(self):
        return iter(range(1, self.start + 1))


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(5)
print(list(c), list(reversed(c)), list(zip(c, c)), sum(c), 3 in c, sorted(c))
it = iter(c)
print(next(it), next(it), list(it), list(it), next(it, "done"))


class Squares:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError(i)
        return i * i


print(list(Squares()), 16 in Squares(), list(enumerate(Squares(), 1))[:2])


def chunked(iterable, n):
    it = iter(iterable)
    while chunk := list(islice(it, n)):
        yield chunk


def window(iterable, n):
    it = iter(iterable)
    win = tuple(islice(it, n))
    if len(win) == n:
        yield win
    for x in it:
        win = win[1:] + (x,)
        yield win


print(list(chunked(range(10), 3)), list(chunked("", 2)))
print(list(window("abcde", 3)), list(window([1], 2)))
evens = (x for x in count() if x % 2 == 0)
squares = (x * x for x in evens)
print(list(islice(squares, 5)), list(islice(squares, 2)))
gen = (i for i in range(3))
print(gen.__class__.__name__, iter(gen) is gen, list(gen), next(gen, None))
pairs = itertools.accumulate(fib(), lambda a, b: a + b)
print(list(islice(pairs, 10)))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested), sum(x for x in range(101) if x % 3 == 0), any(x > 5 for x in count()))
print(all(p % 2 for p in islice(primes(), 1, 50)), min(islice(fib(), 5, 10)), dict(islice(enumerate(primes()), 3)))
