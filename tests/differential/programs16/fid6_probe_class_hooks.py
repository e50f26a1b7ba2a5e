# Class machinery: __init_subclass__, __set_name__, __class_getitem__, metaclass hooks, type(), __slots__.
class Registry:
    plugins = {}

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Registry.plugins[cls.key] = cls


class Alpha(Registry):
    pass


class Beta(Registry, key="b"):
    pass


class Gamma(Beta):
    pass


print(sorted(Registry.plugins), Gamma.key, Beta.key)
try:
    class Bad(Registry, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, f"<unset {self.name}>")

    def __set__(self, obj, value):
        setattr(obj, self.private, value)


class Rec:
    x = Field()
    y = Field()


r = Rec()
r.x = 5
print(r.x, r.y, Rec.x.name, Rec.x.owner, Rec.y.private, vars(r))
f = Field()
Rec.z = f
print(hasattr(f, "name"))


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Box[int], Box["x", 1], list[int], dict[str, list[int]], tuple[int, ...])
print(list[int](range(3)), type(list[int]).__name__, list[int].__origin__, list[int].__args__)


class Meta(type):
    calls = []

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        Meta.calls.append(("prepare", name, sorted(kw)))
        return {"injected": 42}

    def __new__(mcs, name, bases, ns, **kw):
        Meta.calls.append(("new", name, sorted(k for k in ns if not k.startswith("__"))))
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        Meta.calls.append(("init", name))
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        Meta.calls.append(("call", cls.__name__, args))
        inst = super().__call__(*args, **kwargs)
        inst.created_by_meta = True
        return inst

    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"


class Thing(metaclass=Meta, tag="t1"):
    a = 1

    def __init__(self, v):
        self.v = v

    def method(self):
        return self.v


t = Thing(7)
print(Meta.calls)
print(Thing, type(Thing), Thing.tag, Thing.injected, t.created_by_meta, t.method(), isinstance(Thing, Meta))


class Sub(Thing):
    pass


print(Sub.tag, repr(Sub), type(Sub).__name__, Sub(1).v)


class Singleton(type):
    _inst = {}

    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        self.loaded = True


print(Config() is Config(), len(Singleton._inst))

Dyn = type("Dyn", (Alpha,), {"v": 3, "double": lambda self: self.v * 2, "__repr__": lambda self: "Dyn!"})
d = Dyn()
print(d, d.double(), Dyn.__name__, Dyn.__bases__, Dyn.key, Dyn.__mro__[-2:], "dyn" in Registry.plugins)
print(type(3) is int, type("Q", (), {})().__class__.__name__, type.__name__, type(type))


class LazyMeta(type):
    def __getattr__(cls, name):
        if name.startswith("get_"):
            return lambda: f"{cls.__name__}.{name[4:]}"
        raise AttributeError(f"{cls.__name__} has no {name}")


class Api(metaclass=LazyMeta):
    real = "real"


print(Api.real, Api.get_users(), getattr(Api, "get_x")(), hasattr(Api, "nothing"), getattr(Api, "nope", "dflt"))
try:
    type("X", ())
except TypeError as e:
    print("TypeError:", e)


class P:
    __slots__ = ("a",)


class C(P):
    __slots__ = ("b",)


class D(C):
    pass


c = C()
c.a, c.b = 1, 2
dd = D()
dd.a = 1
dd.extra = 3
print(c.a, c.b, hasattr(c, "__dict__"), dd.__dict__, C.__slots__, "a" in vars(P), "b" in vars(P))
try:
    c.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(P().a)
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("ValueError:", e)
