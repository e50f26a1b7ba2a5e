# Generator functions: laziness, next(), StopIteration, exhaustion.
def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        n -= 1
    print("done")
g = countdown(3)
print("created", type(g).__name__)
print(next(g))
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value))
print(next(g, "exhausted"), list(g))
print(list(countdown(2)), sum(countdown(4)), max(countdown(3)), sorted(countdown(3)))
def letters():
    yield "a"
    yield "b"
    return
    yield "never"
print(list(letters()), "-".join(letters()))
def empty():
    return
    yield
print(list(empty()), next(empty(), None))
g2 = letters()
print(iter(g2) is g2, next(g2), [x for x in g2], list(g2))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in with_finally():
    print("got", v)
def yields_in_loop():
    for i in range(3):
        for j in range(i):
            yield (i, j)
print(list(yields_in_loop()))
def yield_expr_value():
    x = yield
    print("received", x)
ge = yield_expr_value()
print(next(ge))
try:
    next(ge)
except StopIteration:
    print("stopped")
a, b, c = countdown(3)
print(a, b, c)
print(*countdown(2), sep=",")
