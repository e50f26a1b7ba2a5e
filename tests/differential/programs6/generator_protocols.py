def gen():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("cleanup")
    return "done"
g = gen()
print(next(g), g.send(5), g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
g2 = gen(); next(g2); g2.close()
def deleg():
    r = yield from gen()
    print("deleg got", r)
    yield r
d = deleg()
print(list(d))
import itertools
def windows(it, n):
    it = iter(it)
    win = tuple(itertools.islice(it, n))
    if len(win) == n:
        yield win
    for x in it:
        win = win[1:] + (x,)
        yield win
print(list(windows(range(6), 3)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.takewhile(lambda v: v < 100, fib())))
ge = (x * x for x in range(5))
print(next(ge), list(ge), list(ge))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in "a bb ccc".split()))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1
print(list(Countdown(3)), [*Countdown(2)], dict.fromkeys(Countdown(2)))
def g3():
    yield 1
    raise KeyError("inner")
try:
    for v in g3():
        print("v", v)
except KeyError as e:
    print("KeyError", e)
gg = g3()
print(type(gg).__name__, gg.__name__, iter(gg) is gg)
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
a = acc(); next(a)
for v in [1, 2, 3]:
    print(a.send(v), end=" ")
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter([1, 2, 3])
print(next(it), list(zip(it, it)), next(it, "dflt"))
print(list(map(lambda *a: a, "ab", "cd")), list(enumerate("xy", start=10)), list(reversed(range(3))))
ch = itertools.chain("ab", [1])
print(next(ch), list(ch))
import heapq
print(list(heapq.merge([1, 4, 9], [2, 3, 10], key=None)), list(heapq.merge(["b", "a"], ["c"], reverse=True)))
