class Base:
    registry = []

    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag or cls.__name__.lower()
        Base.registry.append(cls.tag)

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{type(self).__name__}({self.name})"

    def __repr__(self):
        return f"<{self.describe()}>"


class JsonMixin:
    def to_dict(self):
        return {k: v for k, v in sorted(vars(self).items()) if not k.startswith("_")}

    def describe(self):
        return "json:" + super().describe()


class LogMixin:
    def describe(self):
        return "log:" + super().describe()

    def log(self, msg):
        self._log = getattr(self, "_log", []) + [msg]
        return self


class User(JsonMixin, LogMixin, Base, tag="usr"):
    count = 0

    def __init__(self, name, email):
        super().__init__(name)
        self.email = email
        User.count += 1

    @classmethod
    def from_string(cls, text):
        name, _, email = text.partition(":")
        return cls(name.strip(), email.strip())

    @staticmethod
    def valid(email):
        return "@" in email


class Admin(User):
    def __init__(self, name, email, level=1):
        super().__init__(name, email)
        self.level = level

    def describe(self):
        return f"admin[{self.level}]:" + super().describe()


print([c.__name__ for c in Admin.__mro__])
u = User.from_string("ann : ann@x.org")
a = Admin("bob", "bob@x.org", level=3)
print(u, a, u.to_dict(), a.to_dict())
print(u.describe(), a.describe(), User.count, Base.registry, Admin.tag, User.tag)
print(a.log("one").log("two")._log, hasattr(u, "_log"), User.valid("nope"), Admin.valid("a@b"))
print(isinstance(a, JsonMixin), issubclass(Admin, LogMixin), type(a) is Admin, type(a).__bases__, Admin.__base__)
print(super(Admin, a).describe(), super(User, a).describe())


class Meta(type):
    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.created_by_meta = True
        return inst

    @property
    def plural(cls):
        return cls.__name__.lower() + "s"


class Thing(metaclass=Meta):
    def __init__(self, x):
        self.x = x

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"


t = Thing(5)
print(t.x, t.created_by_meta, Thing.plural, Thing[int], Thing["x"], type(Thing).__name__)
Dyn = type("Dyn", (Base,), {"greet": lambda self: f"hi {self.name}", "__module__": "__main__"})
d = Dyn("dyn")
print(d.greet(), d, Dyn.tag, Base.registry)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


s = Slotted(1)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError:", e)
s.b = 2
print(s.a, s.b, Slotted.__slots__, not hasattr(s, "__dict__"))


class Diamond:
    pass


class Left(Diamond):
    def who(self):
        return "left>" + getattr(super(), "who", lambda: "end")()


class Right(Diamond):
    def who(self):
        return "right"


class Bottom(Left, Right):
    pass


print(Bottom().who(), [k.__name__ for k in Bottom.mro()])
try:
    class Bad(Left, Diamond, Right):
        pass
except TypeError as e:
    print("TypeError:", e)
