# Generator functions check their arguments at the call (not at the first next()), for direct
# calls, calls through variables, methods, partials and *args/**kwargs unpacking.
import functools
import inspect


def window(seq, size, *, step=1):
    for i in range(0, len(seq) - size + 1, step):
        yield seq[i:i + size]


def no_args():
    yield 1


class Reader:
    def lines(self, text, /, strip=True):
        for line in text.splitlines():
            yield line.strip() if strip else line

    @staticmethod
    def numbers(n):
        yield from range(n)

    @classmethod
    def named(cls, prefix):
        yield f"{prefix}:{cls.__name__}"


f = window
calls = [
    ("window()", lambda: window()),
    ("window([1])", lambda: f([1])),
    ("window(size=2)", lambda: window(size=2)),
    ("window([1], 1, 2)", lambda: window([1], 1, 2)),
    ("window([1], 1, stride=2)", lambda: window([1], 1, stride=2)),
    ("window(*[[1, 2, 3]])", lambda: f(*[[1, 2, 3]])),
    ("window(**{'seq': [1]})", lambda: f(**{"seq": [1]})),
    ("window(seq=[1], seq2=1)", lambda: f(seq=[1], seq2=1)),
    ("no_args(1)", lambda: no_args(1)),
    ("Reader().lines()", lambda: Reader().lines()),
    ("Reader().lines(text='x')", lambda: Reader().lines(text="x")),
    ("Reader.lines('x')", lambda: Reader.lines("x")),
    ("Reader.numbers()", lambda: Reader.numbers()),
    ("Reader().numbers(1, 2)", lambda: Reader().numbers(1, 2)),
    ("Reader.named()", lambda: Reader.named()),
    ("partial(window, [1, 2])()", lambda: functools.partial(window, [1, 2])()),
]
for label, call in calls:
    try:
        g = call()
        print(f"{label:<28} made {type(g).__name__}")
    except TypeError as e:
        print(f"{label:<28} TypeError: {e}")

print(list(window("abcde", 2, step=2)), list(Reader().lines(" a \n b")), list(Reader.named("p")))
g = window([1, 2, 3], 2)
print(g.__name__, g.__qualname__, inspect.isgenerator(g), inspect.isgeneratorfunction(window))
print(inspect.isgeneratorfunction(Reader.lines), inspect.isgeneratorfunction(Reader().lines), inspect.isgeneratorfunction(len))
print(window.__name__, window.__defaults__, window.__kwdefaults__, window.__code__.co_argcount)
print(type(Reader().lines("x")).__name__, Reader().lines("x").__qualname__, Reader.numbers(2).__name__)
print(next(no_args()), [list(window(range(4), k)) for k in (3, 4, 5)])
print(inspect.signature(window), g.gi_running, next(g), g.gi_running)


def recursive(n):
    if n:
        yield n
        yield from recursive(n - 1)


print(list(recursive(4)))
try:
    recursive()
except TypeError as e:
    print("TypeError:", e)
