# __class__ cell, super() forms and errors, class-body name resolution, __set_name__, __init_subclass__.
class Base:
    def who(self):
        return "Base"
    def cls_name(self):
        return __class__.__name__
class Child(Base):
    def who(self):
        return "Child>" + super().who()
    def cls_name(self):
        return __class__.__name__ + "/" + super().cls_name()
    def nested(self):
        def inner():
            return super().who()
        try:
            return inner()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
    def lam(self):
        return (lambda: __class__.__name__)()
    def genexp(self):
        try:
            return list(super().who() for _ in range(1))
        except TypeError as e:
            return 'TypeError: ' + str(e)
    @classmethod
    def cm(cls):
        return super().who
    @staticmethod
    def sm():
        try:
            return super().who()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
c = Child()
print(c.who(), c.cls_name(), c.nested(), c.lam(), c.genexp(), Child.sm())
print(type(Child.cm()).__name__)
print(super(Child, c).who(), super(Base, c).__class__ is super, repr(super(Child, c))[:30])
try:
    super(Child, 5)
except TypeError as e:
    print("TypeError", e)
try:
    super(int, "s")
except TypeError as e:
    print("TypeError", e)
def free_super():
    return super()
try:
    free_super()
except RuntimeError as e:
    print("RuntimeError", e)
class Grand(Child):
    def who(self):
        return "Grand>" + super(Child, self).who()
print(Grand().who(), Grand().cls_name())
class Named:
    def __set_name__(self, owner, name):
        self.name = f"{owner.__name__}.{name}"
    def __get__(self, obj, typ=None):
        return self.name if obj is not None else self
class Holder:
    a = Named()
    b = Named()
print(Holder().a, Holder().b, type(Holder.a).__name__)
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[key or cls.__name__.lower()] = cls
class Alpha(Plugin, key="a"): pass
class Beta(Plugin): pass
print(sorted((k, v.__name__) for k, v in Plugin.registry.items()))
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError", e)
x = "module"
class Scope:
    x = "class"
    def meth(self):
        return x
    y = x
    z = [x for _ in range(1)]
print(Scope().meth(), Scope.y, Scope.z)
def outer():
    v = "enclosing"
    class Inner:
        v = "class-level"
        w = v
        def get(self):
            return v
    return Inner.w, Inner().get()
print(outer())
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
        self.count_at = self.count
class Sub(Counter): pass
Counter(); Counter(); Sub()
print(Counter.count, Sub.count, Sub().count_at)
class Meta(type):
    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.made_by = "Meta"
        return inst
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
w = WithMeta(3)
print(w.v, w.made_by, type(WithMeta).__name__, isinstance(WithMeta, Meta))
class Slotted:
    __slots__ = ("a",)
s = Slotted()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    Slotted().a
except AttributeError as e:
    print("AttributeError", e)
print(Child.__mro__[1].__name__, Child.__bases__, Child.__qualname__, Child.who.__qualname__, Child.nested.__name__)
