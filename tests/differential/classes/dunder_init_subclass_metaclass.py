# __init_subclass__, __class_getitem__-free registries, type() and simple metaclasses.
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls
class Alpha(Plugin):
    pass
class Beta(Plugin, name="the-beta"):
    pass
print(sorted(Plugin.registry), Plugin.registry["the-beta"].__name__)
Dyn = type("Dyn", (object,), {"x": 5, "double": lambda self: self.x * 2})
d = Dyn()
print(Dyn.__name__, d.x, d.double(), type(d).__name__, isinstance(d, Dyn))
Child = type("Child", (Dyn,), {"x": 7})
print(Child().double(), [c.__name__ for c in Child.__mro__])
print(type(Dyn).__name__, type(int).__name__, type(type).__name__, type(5) is int)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = "Meta"
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def describe(cls):
        return f"class {cls.__name__}"
class WithMeta(metaclass=Meta):
    pass
class SubMeta(WithMeta):
    pass
print(WithMeta.created_by, SubMeta.created_by, WithMeta.describe(), type(SubMeta).__name__, isinstance(WithMeta, type))
class CountingMeta(type):
    count = 0
    def __call__(cls, *args, **kwargs):
        CountingMeta.count += 1
        return super().__call__(*args, **kwargs)
class Tracked(metaclass=CountingMeta):
    def __init__(self, v):
        self.v = v
objs = [Tracked(i) for i in range(3)]
print(CountingMeta.count, objs[2].v)
class WithNew:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.from_new = True
        return inst
    def __init__(self, v):
        print("__init__", v)
        self.v = v
w = WithNew(3)
print(w.from_new, w.v)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class NotInstance:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotInstance())
