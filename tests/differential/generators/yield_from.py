# yield from: delegation of values, send, throw and iterables.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return x + y
def outer():
    yield "outer-start"
    total = yield from inner()
    yield f"outer total {total}"
o = outer()
print(next(o), next(o), o.send(10), o.send(5), next(o, "end"))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)), {"k": 1})))
def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)], []], [[[6]]], 7])))
def tree(depth, label=""):
    yield label or "root"
    if depth:
        for side in "LR":
            yield from tree(depth - 1, label + side)
print(list(tree(2)))
def catcher():
    while True:
        try:
            yield "ok"
        except ValueError:
            yield "caught in inner"
def wrapper():
    yield from catcher()
w = wrapper()
print(next(w), w.throw(ValueError), next(w))
w.close()
print(next(w, "wrapper closed"))
def gen_range(n):
    yield from range(n)
    return n
def summarize():
    n = yield from gen_range(4)
    yield ("count", n)
print(list(summarize()))
