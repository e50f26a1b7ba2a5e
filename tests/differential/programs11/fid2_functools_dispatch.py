from functools import singledispatch, singledispatchmethod, partial, reduce, total_ordering, cached_property, wraps, cmp_to_key
from decimal import Decimal
import operator


@singledispatch
def render(value):
    return f"<{type(value).__name__}>"


@render.register
def _(value: int):
    return f"int:{value:,}"


@render.register(float)
def _(value):
    return f"float:{value:.2f}"


@render.register(list)
@render.register(tuple)
def _(value):
    return "[" + ", ".join(render(v) for v in value) + "]"


@render.register
def _(value: dict):
    return "{" + ", ".join(f"{k}={render(v)}" for k, v in value.items()) + "}"


print(render(1234567), render(2.5), render("s"), render([1, 2.0, (3, None)]), render({"a": 1, "b": [0.5]}))
print(render(True), render(Decimal("1.5")), render.dispatch(bool).__name__ if hasattr(render.dispatch(bool), "__name__") else "?")


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"other {arg!r}"

    @fmt.register
    def _(self, arg: str):
        return f"str {arg.upper()}"

    @fmt.register
    def _(self, arg: int):
        return f"int {arg * 2}"


f = Formatter()
print(f.fmt("hi"), f.fmt(21), f.fmt(None))


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    @cached_property
    def major(self):
        print("  computing major of", self)
        return self.parts[0]


vs = [Version(v) for v in ["1.10.0", "1.2", "2.0.1", "1.2.0", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1.9"), Version("3") <= Version("2"))
print(vs[0].major, vs[0].major, vs[0].__dict__.get("major"))

pow2 = partial(pow, 2)
clamp = partial(max, 0)
print(pow2(10), clamp(-5), clamp(7), pow2.func is pow, pow2.args, partial(int, base=16)("ff"))
print(repr(partial(operator.mul, 3)).startswith("functools.partial(<built-in function mul>, 3)"))
print(reduce(operator.mul, range(1, 11)), reduce(lambda a, b: a + [b * a[-1]], [2, 3, 4], [1]), reduce(max, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)


def by_len_then_rev(a, b):
    return (len(a) - len(b)) or ((a < b) - (a > b))


words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(by_len_then_rev)))


def traced(fn):
    calls = []

    @wraps(fn)
    def inner(*args):
        calls.append(args)
        return fn(*args)

    inner.calls = calls
    return inner


@traced
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(1, 2), add("x", "y"), add.calls, add.__name__, add.__doc__, add.__wrapped__(3, 4))
print(list(map(partial(operator.getitem, "hello"), [0, -1])), operator.itemgetter(1, 0)("ab"))
print(operator.attrgetter("parts")(vs[1]), operator.methodcaller("split", ".")("a.b.c"))
