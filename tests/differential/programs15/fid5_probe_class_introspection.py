class Outer:
    """Outer doc."""
    x: int = 3
    y: "list[str]"

    class Inner:
        def method(self):
            def local():
                class Deep:
                    pass
                return Deep
            return local

    def meth(self, a: int, *args, b: str = "x", **kw) -> None:
        "meth doc"
        return lambda: None


print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
Deep = Outer.Inner().method()()
print(Deep.__qualname__, Deep.__name__, Deep.__module__, Outer.meth(None, 1).__qualname__)
print(Outer.__doc__, Outer.Inner.__doc__, Outer.meth.__doc__, Outer.__module__, __name__)
print(Outer.__annotations__, Outer.meth.__annotations__)
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")), "x" in vars(Outer), Outer.__dict__["x"])
print(Outer.meth.__name__, Outer.meth.__defaults__, Outer.meth.__kwdefaults__, Outer.meth.__code__.co_argcount)
print(Outer.meth.__code__.co_varnames[:3], Outer.meth.__code__.co_name, Outer.meth.__code__.co_kwonlyargcount)


class P:
    def __init__(self):
        self.a = 1
        self._b = [2]

    @property
    def b(self):
        "the b property"
        return self._b

    @b.setter
    def b(self, v):
        if not isinstance(v, list):
            raise TypeError(f"b must be a list, not {type(v).__name__}")
        self._b = v

    @b.deleter
    def b(self):
        del self._b


p = P()
print(p.__dict__, vars(p) is p.__dict__, P.b.__doc__, type(P.b).__name__, P.b.fget.__name__)
p.b = [9]
try:
    p.b = 5
except TypeError as e:
    print("TypeError:", e)
del p.b
print(p.__dict__, hasattr(p, "b"))
try:
    p.b
except AttributeError as e:
    print("AttributeError:", e)
p.__dict__["zz"] = 4
print(p.zz, getattr(p, "nope", "dflt"), type(p).__name__, type(p).__qualname__, P.__bases__, P.__mro__)
print(isinstance(P, type), type(P), type(type), type(len), type(p.__init__).__name__, type(P.__init__).__name__)
print(callable(P), callable(p), P.__name__, P.__init__.__qualname__, p.__init__.__func__ is P.__init__)


class Meta(type):
    def __repr__(cls):
        return f"<class-with-meta {cls.__name__}>"


class WithMeta(metaclass=Meta):
    pass


print(WithMeta, repr(WithMeta), type(WithMeta).__name__, str(WithMeta), [WithMeta])
print(object.__name__, int.__name__, int.__qualname__, int.__module__, len.__name__)
print(P.__dict__["b"].__class__.__name__, "__init__" in P.__dict__, "__weakref__" in dir(P), P.__init__.__module__)
print(Outer.Inner.method.__code__.co_firstlineno > 0, Outer.meth.__closure__)
