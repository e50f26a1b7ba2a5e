class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = name.lower()
    def all_names(cls):
        return [c for c in Registry.classes]
class Base(metaclass=Registry):
    def hello(self):
        return "hello from " + type(self).__name__
class Sub(Base):
    x = 1
print(Registry.classes, Base.tag, Sub.tag, Sub().hello(), type(Base).__name__, type(Sub) is Registry)
print(Sub.all_names(), isinstance(Sub, Registry), isinstance(Sub(), Base))
class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
class EvenNumber(metaclass=Even):
    pass
print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance("a", EvenNumber))
class Single(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Single):
    def __init__(self, name="default"):
        self.name = name
a = Config("first")
b = Config("second")
print(a is b, a.name, b.name)
class Point:
    def __new__(cls, x, y):
        obj = super().__new__(cls)
        obj.x, obj.y = x, y
        return obj
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
print(Point(1, 2))
class Shape:
    subclasses = []
    def __init_subclass__(cls, sides=0, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides
        Shape.subclasses.append(cls.__name__)
class Tri(Shape, sides=3):
    pass
class Sq(Shape, sides=4):
    pass
print(Shape.subclasses, Tri.sides, Sq.sides)
class WithLambda:
    double = lambda self, v: v * 2
    def outer(self):
        def helper():
            return super(WithLambda, self).__repr__()[:5]
        return helper()
print(WithLambda().double(4), WithLambda().outer())
