"""Plugin registry with __init_subclass__ and __class_getitem__."""


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
        print(f"registered {cls.plugin_name!r} (priority {priority})")

    def run(self, data):
        raise NotImplementedError(type(self).__name__)


class Upper(Plugin, name="upper", priority=2):
    def run(self, data):
        return data.upper()


class Reverse(Plugin, priority=5):
    def run(self, data):
        return data[::-1]


class Broken(Plugin):
    pass


class Strip(Reverse, name="strip"):
    def run(self, data):
        return super().run(data).strip()


for name, cls in sorted(Plugin.registry.items(), key=lambda kv: (-kv[1].priority, kv[0])):
    try:
        print(f"{name:>8}: {cls().run('  Hello World ')!r}")
    except NotImplementedError as e:
        print(f"{name:>8}: not implemented ({e})")

print([c.__name__ for c in Strip.__mro__])
print(Strip.priority, Strip.plugin_name, issubclass(Strip, Plugin))

try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class TypedList:
    def __class_getitem__(cls, item):
        name = getattr(item, "__name__", repr(item))
        return f"{cls.__name__}[{name}]"


print(TypedList[int], TypedList[str], TypedList["x"])


class Box:
    _cache = {}

    def __class_getitem__(cls, kind):
        if kind not in cls._cache:
            sub = type(f"Box_{kind.__name__}", (cls,), {"kind": kind})
            cls._cache[kind] = sub
        return cls._cache[kind]

    def __init__(self, value):
        if hasattr(self, "kind") and not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(value).__name__}")
        self.value = value

    def __repr__(self):
        return f"{type(self).__name__}({self.value!r})"


IntBox = Box[int]
print(IntBox, IntBox is Box[int], IntBox.__bases__)
print(IntBox(3), Box[str]("s"), Box(1.5))
try:
    IntBox("three")
except TypeError as e:
    print("TypeError:", e)

print(list[int], dict[str, list[int]], tuple[int, ...])
alias = list[int]
print(alias.__origin__, alias.__args__, alias([1, 2]))


class Shape:
    sides = 0

    def __init_subclass__(cls, **kw):
        if cls.sides < 3:
            raise ValueError(f"{cls.__name__} needs at least 3 sides")
        super().__init_subclass__(**kw)


class Triangle(Shape):
    sides = 3


try:
    class Line(Shape):
        sides = 2
except ValueError as e:
    print("ValueError:", e)
print(Triangle.sides, Shape.__subclasses__())
