# Attributes defined on `type`: classes have them, their instances do not.
class Base:
    pass


class Child(Base):
    def method(self):
        return 1


def name_of(x):
    return getattr(x, "__name__", None) or f"<{type(x).__name__} instance>"


c = Child()
print(name_of(Child), name_of(c), name_of(len), name_of(name_of), name_of(Child.method), name_of(c.method))
print(hasattr(c, "__name__"), hasattr(c, "__qualname__"), hasattr(c, "__bases__"), hasattr(c, "__mro__"))
print(hasattr(Child, "__name__"), Child.__qualname__, Child.__bases__, [k.__name__ for k in Child.__mro__])
print(c.__module__, c.__class__.__name__, type(c).__qualname__)
c.__name__ = "own"
print(c.__name__, hasattr(c, "__name__"))


class WithGetattr:
    def __getattr__(self, name):
        return f"dynamic {name}"


print(WithGetattr().__name__)
for attr in ["__name__", "__qualname__", "__bases__", "__mro__"]:
    try:
        getattr(Child(), attr)
    except AttributeError as e:
        print("AttributeError:", e)
