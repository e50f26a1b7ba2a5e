# Single inheritance: overriding, extending, attribute lookup order.
class Animal:
    kind = "animal"
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} the {self.kind} says {self.sound}"
    def describe(self):
        return "I am " + self.speak()
class Dog(Animal):
    kind = "dog"
    sound = "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + f" (age {self.age})"
class Cat(Animal):
    sound = "meow"
    def speak(self):
        return Animal.speak(self).upper()
for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1), Cat("tom")]:
    print(type(a).__name__, "|", a.speak(), "|", a.describe())
p = Puppy("max", 2)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat), isinstance(p, object))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), Puppy.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.kind, Puppy.sound, p.kind, "age" in vars(p), sorted(vars(p)))
Dog.sound = "WOOF"
print(p.speak())
p.sound = "yip"
print(p.speak(), Dog("d").speak())
del p.sound
print(p.speak())
class Base:
    def template(self):
        return [self.step1(), self.step2()]
    def step1(self):
        return "base1"
    def step2(self):
        return "base2"
class Derived(Base):
    def step2(self):
        return "derived2"
print(Derived().template(), Base().template())
class NoInit(Animal):
    pass
print(NoInit("inherited init").name)
try:
    NoInit()
except TypeError as e:
    print("TypeError", e)
