# __name__, __qualname__, __module__, __doc__, __bases__, __mro__, __dict__ of classes.
class Base:
    """Base docstring."""
    x = 1
class Child(Base):
    def method(self):
        "Method doc."
print(Base.__name__, Base.__qualname__, Base.__module__, Base.__doc__, Child.__doc__)
print(Child.__bases__ == (Base,), Base.__bases__ == (object,), object.__bases__, [c.__name__ for c in Child.__mro__])
print("x" in Base.__dict__, "x" in Child.__dict__, "method" in Child.__dict__, Child.method.__doc__)
print(Child().x, hasattr(Child, "x"), getattr(Child, "method").__name__)
c = Child()
print(c.__class__.__name__, c.__class__.__bases__[0].__name__, c.__dict__, c.__module__)
print(type(Base.__dict__).__name__, Base.__dict__["x"], str(Base), repr(Child), str(int))
class Empty:
    pass
print(Empty.__doc__, Empty.__name__, len([k for k in Empty.__dict__ if not k.startswith("__")]))
print(object.__name__, type.__name__, Exception.__name__, ValueError.__bases__[0].__name__, bool.__bases__[0].__name__)
class Grand(Child):
    """Grand doc."""
    def method(self):
        return super().method()
print(Grand.__doc__, Grand.__bases__[0].__name__, [c.__name__ for c in Grand.__mro__], Grand.method.__qualname__)
print(Grand.__dict__.get("x"), Grand.x, "method" in Grand.__dict__, Grand().method())
class WithSlots:
    __slots__ = ("a",)
print(WithSlots.__slots__, hasattr(WithSlots(), "__dict__"), WithSlots.__name__, type(WithSlots).__name__)
def factory():
    class Made:
        pass
    return Made
M = factory()
print(M.__name__, M.__qualname__, M.__module__, M is factory())
