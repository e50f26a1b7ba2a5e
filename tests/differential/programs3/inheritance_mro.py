class Base:
    greeting = "hello"

    def __init__(self, name):
        self.name = name
        print(f"Base.__init__({name})")

    def hello(self):
        return f"{self.greeting}, {self.name}"

    def describe(self):
        return f"{type(self).__name__}<{self.name}>"

    @classmethod
    def create(cls, *args):
        return cls(*args)

    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.registered = kw.get("tag", cls.__name__.lower())


class Left(Base, tag="L"):
    def __init__(self, name):
        print("Left.__init__")
        super().__init__(name)

    def hello(self):
        return "left " + super().hello()


class Right(Base):
    greeting = "hi"

    def __init__(self, name):
        print("Right.__init__")
        super().__init__(name.upper())

    def hello(self):
        return "right " + super().hello()


class Diamond(Left, Right):
    def hello(self):
        return "diamond " + super().hello()


d = Diamond("dee")
print(d.hello())
print([c.__name__ for c in Diamond.__mro__])
print(Diamond.registered, Left.registered, Right.registered, d.describe(), Diamond.create("x").name)
print(isinstance(d, Right), issubclass(Diamond, Base), Diamond.__bases__, Base.__subclasses__())
print(super(Left, d).hello(), Diamond.greeting, Left.greeting)
try:
    class Bad(Left, Base, Right):
        pass
    print([c.__name__ for c in Bad.__mro__])
    class Worse(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", e)


class Abstract:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")


class Sq(Abstract):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Blob(Abstract):
    pass


for shape in (Sq(3), Blob()):
    try:
        print(shape.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
from abc import ABC, abstractmethod


class Animal(ABC):
    @abstractmethod
    def sound(self):
        ...

    def speak(self):
        return f"{type(self).__name__} says {self.sound()}"


class Dog(Animal):
    def sound(self):
        return "woof"


print(Dog().speak())
try:
    Animal()
except TypeError as e:
    print("TypeError:", e)


class Half(Animal):
    pass


try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(type(d).__name__, d.__class__.__qualname__, Diamond.__name__, Diamond.__module__, type(Diamond).__name__)
print(vars(d), d.__dict__ is vars(d), hasattr(d, "__dict__"), "hello" in Diamond.__dict__, "greeting" in Diamond.__dict__)
