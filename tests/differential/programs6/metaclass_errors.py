class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns, **kw):
        if "validate" not in ns and bases:
            raise TypeError(f"{name} must define validate()")
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls


class Field(metaclass=Registry):
    pass


class IntField(Field):
    def validate(self, v):
        return isinstance(v, int)


print(Registry.classes, IntField().validate(3))


def check(name, **kw):
    try:
        type(name, (Field,), kw)
        print("made", name)
    except TypeError as e:
        print("TypeError:", e)


check("StrField", validate=lambda self, v: isinstance(v, str))
check("Broken")
print(Registry.classes)


class Base:
    def __init_subclass__(cls, *, tag, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class Good(Base, tag="g"):
    pass


print(Good.tag)
try:
    class NoTag(Base):
        pass
except TypeError as e:
    print("TypeError:", e)

x = 1


class Late(Field):
    value = 5
