# Generator and async-generator functions called with wrong arguments: CPython raises at the call.
def countdown(n, *, step=1):
    while n > 0:
        yield n
        n -= step
try:
    g = countdown()
    print("created", type(g).__name__)
except TypeError as e:
    print("TypeError at call:", e)
try:
    countdown(3, 1)
except TypeError as e:
    print("TypeError at call:", e)
try:
    countdown(3, stride=2)
except TypeError as e:
    print("TypeError at call:", e)
print(list(countdown(7, step=3)))
async def agen_fn(x):
    yield x
try:
    agen_fn()
except TypeError as e:
    print("TypeError at call:", e)
def pairs(items, /, size=2):
    for i in range(0, len(items), size):
        yield items[i:i + size]
for call in [lambda: pairs(), lambda: pairs([1, 2], 3, 4), lambda: pairs(items=[1]), lambda: pairs([1, 2, 3], size=2)]:
    try:
        g = call()
        print("made", type(g).__name__, list(g))
    except TypeError as e:
        print("TypeError at call:", e)
