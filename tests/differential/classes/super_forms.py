# super() with and without arguments, in classmethods, properties and __init__.
class Base:
    greeting = "base greeting"
    def __init__(self, x):
        self.x = x
    def show(self):
        return f"Base.show x={self.x}"
    @classmethod
    def create(cls, x):
        return cls(x)
    @property
    def prop(self):
        return "Base.prop"
    @staticmethod
    def util():
        return "Base.util"
class Child(Base):
    greeting = "child greeting"
    def __init__(self, x, y):
        super(Child, self).__init__(x)
        self.y = y
    def show(self):
        return "Child.show + " + super().show()
    @classmethod
    def create(cls, x):
        obj = super().create(x) if cls is not Child else cls(x, 0)
        return obj
    @property
    def prop(self):
        return "Child.prop + " + super().prop
    def greetings(self):
        return self.greeting, super().greeting, super(Child, self).greeting
    def util_via_super(self):
        return super().util()
class GrandChild(Child):
    def __init__(self):
        super().__init__(1, 2)
    def show(self):
        return "GrandChild + " + super(Child, self).show()
c = Child(5, 6)
print(c.show(), c.prop, c.greetings(), c.util_via_super())
print(Child.create(7).show(), type(Child.create(7)).__name__)
g = GrandChild()
print(g.show(), g.x, g.y)
s = super(Child, c)
print(s.show(), s.greeting)
def outside(self):
    return "outside"
try:
    class Weird(Base):
        def method(self):
            def inner():
                return super().show()
            return inner()
    Weird(1).method()
except RuntimeError as e:
    print("RuntimeError", e)
class Counted:
    count = 0
    def __init__(self):
        type(self).count += 1
class Sub(Counted):
    def __init__(self):
        super().__init__()
        super().__init__()
Sub()
print(Counted.count, Sub.count)
