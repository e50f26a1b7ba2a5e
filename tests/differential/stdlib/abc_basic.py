# abc: ABC, abstractmethod, abstract properties/classmethods, instantiation errors.
from abc import ABC, ABCMeta, abstractmethod
import abc

class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self):
        """Area of the shape."""

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
    def perimeter(self):
        return 2 * 3.14159 * self.r

class Square(Shape):
    def __init__(self, s):
        super().__init__("square")
        self.s = s
    def area(self):
        return self.s ** 2

for make in [lambda: Shape("x"), lambda: Square(2), lambda: Circle(1)]:
    try:
        print(make().describe())
    except TypeError as e:
        print("TypeError:", e)

class RealSquare(Square):
    def perimeter(self):
        return 4 * self.s
rs = RealSquare(3)
print(rs.describe(), isinstance(rs, Shape), isinstance(rs, ABC), issubclass(RealSquare, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__), RealSquare.__abstractmethods__)
print(type(Shape).__name__, type(ABC).__name__, Shape.area.__isabstractmethod__, hasattr(RealSquare.perimeter, "__isabstractmethod__"))

# single abstract method: singular wording
class Animal(ABC):
    @abstractmethod
    def speak(self):
        raise NotImplementedError
try:
    Animal()
except TypeError as e:
    print("TypeError:", e)

class Dog(Animal):
    def speak(self):
        return "woof " + str(super().speak.__name__)
print(Dog().speak())

# abstract properties, classmethods and staticmethods
class Base(ABC):
    @property
    @abstractmethod
    def kind(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...

try:
    Base()
except TypeError as e:
    print("TypeError:", e)

class Impl(Base):
    @property
    def kind(self):
        return "impl"
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def helper():
        return 42
obj = Impl.create()
print(obj.kind, Impl.helper(), type(obj).__name__)

class PartialImpl(Base):
    kind = "plain attribute"
try:
    PartialImpl()
except TypeError as e:
    print("TypeError:", e)

# an ABC with no abstract methods can be instantiated
class Plain(ABC):
    def hello(self):
        return "hi"
print(Plain().hello())

# abstract method with an implementation used through super()
class Logger(ABC):
    @abstractmethod
    def log(self, msg):
        return f"[base] {msg}"
class Upper(Logger):
    def log(self, msg):
        return super().log(msg.upper())
print(Upper().log("hello"))

# register returns the class (virtual subclasses)
class Sized(ABC):
    @abstractmethod
    def size(self): ...
class Box:
    def size(self):
        return 3
print(Sized.register(Box) is Box, Box().size())

# multiple inheritance with a mixin
class JsonMixin:
    def to_json(self):
        return "{" + ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items())) + "}"
class Entity(ABC):
    @abstractmethod
    def key(self): ...
class User(JsonMixin, Entity):
    def __init__(self, name):
        self.name = name
    def key(self):
        return self.name.lower()
u = User("Ann")
print(u.key(), u.to_json(), [c.__name__ for c in User.__mro__])

# plugin registry using an abstract base
class Plugin(ABC):
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)
    @abstractmethod
    def run(self): ...
class A(Plugin):
    def run(self):
        return "A ran"
class B(Plugin):
    pass
print(Plugin.registry, A().run())
try:
    B()
except TypeError as e:
    print("TypeError:", e)
