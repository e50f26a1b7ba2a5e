import functools
from functools import singledispatch, partial, total_ordering, reduce, cached_property


@singledispatch
def describe(x):
    return f"object {type(x).__name__}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(float)
def _(x):
    return f"float {x:.2f}"


@describe.register(list)
@describe.register(tuple)
def _(x):
    return f"seq of {len(x)}: " + ", ".join(describe(i) for i in x)


@describe.register
def _(x: bool):
    return f"bool {x}"


print(describe(3), describe(2.5), describe(True), describe([1, 2.0, "s"]), describe((None,)), describe({}))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


sq = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(sq(5), cube_mod(4), sq.keywords, cube_mod.args, repr(partial(power, 2))[:40])
p2 = partial(partial(power, 2), 10)
print(p2(), p2.args, p2.func is power)
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], "empty"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)


class Typed:
    """A data descriptor checking types, using __set_name__."""

    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default

    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        raise AttributeError(f"cannot delete {self.public}")


class Lazy:
    """A non-data descriptor: the instance attribute shadows it after the first access."""

    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        print(f"  computed {self.fn.__name__}")
        return value


@total_ordering
class Item:
    name = Typed(str, "?")
    qty = Typed(int, 0)

    def __init__(self, name, qty):
        self.name, self.qty = name, qty

    @Lazy
    def label(self):
        return f"{self.name} x{self.qty}"

    @cached_property
    def weight(self):
        print("  weighing")
        return self.qty * 1.5

    def __eq__(self, o):
        return (self.qty, self.name) == (o.qty, o.name)

    def __lt__(self, o):
        return (self.qty, self.name) < (o.qty, o.name)


it = Item("bolt", 3)
print(it.label, it.label, it.weight, it.weight, vars(it))
try:
    it.qty = "many"
except TypeError as e:
    print("TypeError:", e)
try:
    del it.name
except AttributeError as e:
    print("AttributeError:", e)
print(type(Item.name).__name__, Item.name.public, Item("a", 1) <= Item("a", 2), Item("b", 1) > Item("a", 1), Item("a", 1) >= Item("a", 1))
print(sorted([Item("z", 2), Item("a", 2), Item("m", 1)])[0].name, Item.__le__.__name__ if hasattr(Item.__le__, "__name__") else "")
