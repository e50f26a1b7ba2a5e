# A plugin framework using __init_subclass__, __set_name__, __class_getitem__ and metaclass __call__.
class Field:
    def __set_name__(self, owner, name):
        self.owner, self.name = owner.__name__, name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        print(f"  set {self.owner}.{self.name} = {value!r}")
        setattr(obj, self.private, value)

class Registry:
    plugins = {}
    def __init_subclass__(cls, /, key=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        cls.priority = priority
        Registry.plugins[cls.key] = cls
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"

class Csv(Registry, key="csv", priority=2):
    path = Field()
    sep = Field()
class Json(Registry):
    path = Field()
try:
    class Broken(Registry, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
print(sorted(Registry.plugins), Csv.priority, Json.key, Json.priority, Registry[int], Csv["x"], Registry[3])
c = Csv()
c.path = "/tmp/a.csv"
print(c.path, c.sep, Csv.path.name, Csv.path.owner, Csv.__dict__["sep"].private, vars(c))

class Singleton(type):
    instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls.instances:
            print(f"  creating {cls.__name__}{args}")
            cls.instances[cls] = super().__call__(*args, **kwargs)
        return cls.instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, env="dev"):
        self.env = env
a, b = Config("prod"), Config("test")
print(a is b, a.env, type(Config).__name__, isinstance(Config, Singleton), type(a).__name__)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault("tag", name.upper())
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def __len__(cls):
        return len(cls.__name__)
class Widget(metaclass=Meta, size=3):
    pass
class Button(Widget):
    tag = "btn"
print(Widget, Button, Widget.tag, Button.tag, Widget.kw, Button.kw, len(Button), type(Button))

class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("  deleting")
        self._c = None
    @property
    def kelvin(self):
        return self._c + 273.15
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
class Reading(Temperature):
    @property
    def celsius(self):
        return f"~{super().celsius}"
    @classmethod
    def from_f(cls, f):
        obj = super().from_f(f)
        obj.source = "F"
        return obj
t = Temperature(20)
t.celsius = 25
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.kelvin = 0
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)
r = Reading.from_f(212)
print(type(r).__name__, r.celsius, r.source, r.kelvin)
try:
    r.celsius = 5
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__, Temperature.kelvin.fset)
