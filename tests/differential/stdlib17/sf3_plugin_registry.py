"""A realistic script: a plugin system (abc with abstract properties, collections.abc registration, functools.singledispatchmethod/total_ordering/wraps, contextlib.ExitStack, operator.attrgetter, numbers)."""
import abc
import collections.abc as cabc
import contextlib
import functools
import numbers
import operator
from fractions import Fraction
from decimal import Decimal

REGISTRY = {}
LOG = []


def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        cls.plugin_name = name
        return cls
    return deco


def traced(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kw):
        LOG.append(f"{type(self).__name__}.{fn.__name__}{args}")
        return fn(self, *args, **kw)
    return wrapper


@functools.total_ordering
class Plugin(abc.ABC):
    priority = 50

    @property
    @abc.abstractmethod
    def description(self):
        """What the plugin does."""

    @abc.abstractmethod
    def apply(self, value):
        ...

    def __enter__(self):
        LOG.append(f"enter {self.plugin_name}")
        return self

    def __exit__(self, *exc):
        LOG.append(f"exit {self.plugin_name}")
        return False

    def __eq__(self, other):
        return (self.priority, self.plugin_name) == (other.priority, other.plugin_name)

    def __lt__(self, other):
        return (self.priority, self.plugin_name) < (other.priority, other.plugin_name)

    def __repr__(self):
        return f"<{self.plugin_name} p={self.priority}>"


@register("scale")
class Scale(Plugin):
    priority = 10

    def __init__(self, factor=2):
        self.factor = factor

    @property
    def description(self):
        return f"multiply by {self.factor}"

    @functools.singledispatchmethod
    @traced
    def apply(self, value):
        raise TypeError(f"cannot scale {type(value).__name__}")

    @apply.register
    def _(self, value: numbers.Number):
        return value * self.factor

    @apply.register
    def _(self, value: str):
        return value * int(self.factor)

    @apply.register(list)
    @apply.register(tuple)
    def _(self, value):
        return type(value)(self.apply(v) for v in value)


@register("clip")
class Clip(Plugin):
    priority = 20

    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    @property
    def description(self):
        return f"clip to [{self.lo}, {self.hi}]"

    @traced
    def apply(self, value):
        return max(self.lo, min(self.hi, value))


@register("broken")
class Broken(Plugin):
    def apply(self, value):
        return value


try:
    Broken()
except TypeError as e:
    print("TypeError:", e)
print(sorted(REGISTRY), sorted(Plugin.__abstractmethods__), Plugin.description.__isabstractmethod__, Scale.description.__isabstractmethod__)
print(Scale.apply.__doc__ if hasattr(Scale.apply, "__doc__") else "", Clip.apply.__name__, Clip.apply.__wrapped__.__qualname__)

pipeline = sorted([Clip(0, 100), Scale(3), Scale(Fraction(1, 2))], reverse=True)
print(pipeline, [p.description for p in pipeline], min(pipeline), Scale(1) == Scale(5))
with contextlib.ExitStack() as stack:
    active = [stack.enter_context(p) for p in sorted(pipeline)]
    value = 17
    for p in active:
        value = p.apply(value)
    print("result", value)
print(LOG)
LOG.clear()
s = Scale(Decimal("1.5"))
print(s.apply(3), s.apply(Decimal("2.2")), Scale(2).apply("ab"), Scale(2).apply([1, (2, 3)]), Scale(1.5).apply(2 + 1j))
try:
    s.apply({1: 2})
except TypeError as e:
    print("TypeError:", e)
print(LOG[:3], len(LOG))


class PluginSet(cabc.MutableSet):
    def __init__(self, items=()):
        self._items = {}
        for it in items:
            self.add(it)

    def __contains__(self, p):
        return p.plugin_name in self._items

    def __iter__(self):
        return iter(sorted(self._items.values()))

    def __len__(self):
        return len(self._items)

    def add(self, p):
        self._items[p.plugin_name] = p

    def discard(self, p):
        self._items.pop(p.plugin_name, None)


ps = PluginSet([Scale(), Clip(1, 2)])
print(list(ps), len(ps), Scale(7) in ps, isinstance(ps, cabc.Set), isinstance(ps, cabc.Hashable), ps <= PluginSet([Scale(), Clip(0, 0), Scale(9)]))
print(sorted(map(operator.attrgetter("plugin_name", "priority"), ps)), [p.description for p in ps])
ps.discard(Scale())
print(list(ps), ps.isdisjoint([Scale()]), list(ps | [Scale(4)]))
