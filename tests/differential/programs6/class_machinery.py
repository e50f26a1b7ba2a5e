class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {}
    def __new__(mcs, name, bases, ns, **kw):
        ns["created_by"] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f"<class {cls.__name__!s} via Meta>"
class A(metaclass=Meta, flag=1):
    def __init__(self, v):
        self.v = v
a = A(3)
print(A, a.v, A.created_by, type(A).__name__, isinstance(A, Meta))
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.name, value)
class R:
    w = Typed()
    h = Typed()
    def __init__(self, w, h):
        self.w, self.h = w, h
r = R(2, 3)
print(r.w * r.h, vars(r), isinstance(R.w, Typed))
try:
    r.w = "x"
except TypeError as e:
    print(e)
class Plug:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        Plug.registry[key or cls.__name__.lower()] = cls
class CSV(Plug, key="csv"): pass
class Json(Plug): pass
print(Plug.registry)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), list(reversed([1, 2])))
class Cls:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Cls[int])
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __round__(self, n=None): return f"round{n}"
    def __trunc__(self): return 7
    def __floor__(self): return 1
    def __ceil__(self): return 2
    def __abs__(self): return 99
    def __neg__(self): return Num(-self.v)
    def __invert__(self): return "inv"
    def __matmul__(self, o): return ("matmul", self.v, o.v)
    def __repr__(self): return f"Num({self.v})"
import math
n = Num(5)
print([1, 2, 3, 4, 5, 6][n], hex(n), bin(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), abs(n), -n, ~n, n @ Num(2), range(10)[Num(3)])
class Attr:
    def __getattribute__(self, name):
        if name.startswith("x"):
            return "intercepted " + name
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
at = Attr()
at.y = 4
print(at.xyz, at.y, at.zz)
del at.y
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return "abc"[i]
print(list(reversed(Rev())), sorted(Rev()), "".join(Rev()))
class Base:
    @classmethod
    def make(cls):
        return cls.__name__
class Der(Base):
    @classmethod
    def make(cls):
        return "Der+" + super().make()
print(Der.make(), Der().make())
class Prop:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print("deleting"); self._x = None
class Prop2(Prop):
    @Prop.x.getter
    def x(self): return ("sub", self._x)
pp = Prop2(); pp.x = 4; print(pp.x, Prop.x.__doc__); del pp.x; print(pp.x)
try:
    Prop2.x.fset(pp, 1); print(pp.x)
    class Q:
        @property
        def ro(self): return 1
    Q().ro = 2
except AttributeError as e:
    print("AttributeError:", e)
class Sl:
    __slots__ = ("a", "__dict__")
s = Sl(); s.a = 1; s.b = 2; print(s.a, s.__dict__)
class WithDel:
    def __eq__(self, o): return True
print(WithDel.__hash__, WithDel() == 1, WithDel() != 1)
print(type("Dyn", (object,), {"f": lambda self: 42})().f(), type(3), type(type), object.__name__)
