# The descriptor protocol: __get__, __set__, __delete__, __set_name__.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        print(f"__set_name__ {owner.__name__}.{name}")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.name} on {objtype.__name__}>"
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        obj.__dict__.pop(self.name, None)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, Person.name, Person.age)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError", e)
del p.age
print(p.age)
class Constant:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, objtype=None):
        return self.v
class Config:
    version = Constant("1.0")
c = Config()
print(c.version, Config.version)
c.version = "shadowed"
print(c.version, Config.version)
class Bound:
    def __get__(self, obj, objtype=None):
        return lambda: f"bound to {type(obj).__name__ if obj is not None else None}"
class UsesBound:
    method = Bound()
print(UsesBound().method(), UsesBound.method())
class CountAccess:
    def __init__(self):
        self.count = 0
    def __get__(self, obj, objtype=None):
        self.count += 1
        return self.count
class Widget:
    hits = CountAccess()
w = Widget()
print(w.hits, w.hits, Widget.hits)
