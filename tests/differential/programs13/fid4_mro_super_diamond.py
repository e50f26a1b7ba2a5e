# Cooperative multiple inheritance for a widget toolkit: super() chains, __class__, classmethods.
class Base:
    registry = []
    def __init__(self, **kw):
        self.trace = ["Base"]
        if kw:
            raise TypeError(f"unused options: {sorted(kw)}")
    def describe(self):
        return "base"
    @classmethod
    def create(cls, **kw):
        obj = cls(**kw)
        Base.registry.append(cls.__name__)
        return obj

class Sized(Base):
    def __init__(self, width=10, **kw):
        super().__init__(**kw)
        self.width = width
        self.trace.append("Sized")
    def describe(self):
        return f"sized({self.width})+" + super().describe()

class Colored(Base):
    def __init__(self, color="black", **kw):
        super().__init__(**kw)
        self.color = color
        self.trace.append("Colored")
    def describe(self):
        return f"colored({self.color})+" + super().describe()

class Button(Sized, Colored):
    def __init__(self, label="ok", **kw):
        super().__init__(**kw)
        self.label = label
        self.trace.append("Button")
    def describe(self):
        return f"button({self.label})+" + super().describe()
    @classmethod
    def create(cls, **kw):
        kw.setdefault("label", "auto")
        return super().create(**kw)

b = Button.create(width=3, color="red")
print(b.trace, b.describe(), [c.__name__ for c in Button.__mro__], Base.registry)
try:
    Button(shape="round")
except TypeError as e:
    print("TypeError:", e)
print(super(Sized, b).describe(), super(Colored, b).describe(), super(Button, b).describe())
print(Sized.describe(b), isinstance(b, Colored), issubclass(Button, (int, Sized)), Button.__bases__)

class Plain:
    def who(self):
        return "plain"
class Other:
    def who(self):
        return "other"
p = Plain()
p.__class__ = Other
print(p.who(), type(p).__name__, isinstance(p, Plain))
try:
    p.__class__ = int
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    def describe(cls):
        return f"meta-describe {cls.__name__}"
class WithMeta(metaclass=Meta):
    def describe(self):
        return "instance describe"
print(WithMeta.describe(), WithMeta().describe(), type(WithMeta).describe(WithMeta))

class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B>" + super().hello()
class C(A):
    def hello(self):
        return "C>" + super().hello()
class D(B, C):
    def hello(self):
        return "D>" + super().hello()
print(D().hello(), D.mro()[1:3])
class E(C, B):
    pass
print(E().hello(), [k.__name__ for k in E.__mro__])
try:
    class F(D, E):
        pass
except TypeError as e:
    print("TypeError:", e)
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
class Sub(Counter):
    pass
Counter(); Sub(); Sub()
print(Counter.count, Sub.count, "count" in Sub.__dict__)
class Outer:
    class Inner:
        def path(self):
            return type(self).__qualname__
    def make(self):
        return self.Inner()
print(Outer().make().path(), Outer.Inner.__name__, Outer.Inner.__module__)
class Slotted(Base):
    __slots__ = ("a",)
s = Slotted()
s.a = 1
s.dynamic = 2
print(s.a, s.dynamic, hasattr(s, "__dict__"))
