# `yield from` a generator expression: evaluation order, scoping, send/throw/close, PEP 479.
def trace(tag, it):
    print("eval", tag)
    return it


def evens_then_odds(n):
    x = "outer x"
    yield from (x for x in trace("first", range(n)) if x % 2 == 0)
    print("x after", x)
    yield from (x * 10 for x in range(n) if x % 2)
    yield from (a + b for a in range(2) for b in trace("inner", range(a, 3)))


print(list(evens_then_odds(5)))


def uses_outer(items, k):
    # the first iterable sees the enclosing `x`, the body sees the genexpr's own.
    x = items
    yield from (x + k for x in x)
    yield x


print(list(uses_outer([1, 2, 3], 100)))


def sent():
    r = yield from (i for i in range(3))
    print("r", r)
    yield from (i for i in range(10, 12))
    got = yield "last"
    print("got", got)


g = sent()
print(next(g), g.send("ignored"), g.send(None), next(g), next(g), next(g))
try:
    g.send("fin")
except StopIteration as e:
    print("stop", e.value)


def thrown():
    try:
        yield from (i for i in range(5))
    except ValueError as e:
        print("outer caught", e)
        yield "recovered"


g = thrown()
print(next(g), next(g))
print(g.throw(ValueError("boom")))
g.close()


def closing():
    try:
        yield from (i for i in range(5))
    finally:
        print("finally ran")


g = closing()
print(next(g))
g.close()
print("closed")


def stops():
    yield from (next(it) for it in [iter([1]), iter([])])


try:
    print(list(stops()))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


def walrus():
    total = 0
    yield from ((total := total + i) for i in range(4))
    print("total", total)


print(list(walrus()))


def nested_gen():
    yield from (list(y for y in range(x)) for x in range(3))


print(list(nested_gen()))


def empty():
    yield from (x for x in [])
    yield "done"


print(list(empty()))


def lazy():
    yield from (print("item", i) or i for i in range(3))


g = lazy()
print("created")
print(next(g))
print(next(g))
