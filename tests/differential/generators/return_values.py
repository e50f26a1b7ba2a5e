# Generator return values via StopIteration.value and yield from.
def gen_with_return(n):
    for i in range(n):
        yield i
    return f"finished {n}"
g = gen_with_return(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)
def delegator():
    result = yield from gen_with_return(3)
    print("inner returned", result)
    again = yield from gen_with_return(1)
    return (result, again)
d = delegator()
out = []
while True:
    try:
        out.append(next(d))
    except StopIteration as e:
        print("outer returned", e.value)
        break
print(out)
def no_return():
    yield 1
def captures():
    r = yield from no_return()
    yield r
print(list(captures()))
def gen_raise_stop():
    yield 1
    raise StopIteration("manual")
try:
    list(gen_raise_stop())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def return_none_explicit():
    yield 1
    return None
try:
    it = return_none_explicit()
    next(it)
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def returns_tuple():
    yield
    return 1, 2
it = returns_tuple()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
