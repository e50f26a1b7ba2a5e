class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        super().__init__()

    def describe(self):
        return "base"

    def hello(self):
        return f"{type(self).__name__} says {self.describe()}"


class Loud(Base):
    def __init__(self, volume=5, **kw):
        super().__init__(**kw)
        self.volume = volume
        self.log.append("Loud")

    def describe(self):
        return super().describe().upper() + "!" * self.volume


class Polite(Base):
    def __init__(self, title="Sir", **kw):
        super().__init__(**kw)
        self.title = title
        self.log.append("Polite")

    def describe(self):
        return f"{self.title}, {super().describe()}"


class Diplomat(Polite, Loud):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Diplomat")


d = Diplomat(title="Madam", volume=2)
print([c.__name__ for c in Diplomat.__mro__])
print(d.log, d.hello())
print(Loud(1).hello(), Polite().hello())
print(isinstance(d, Loud), issubclass(Diplomat, Base), Diplomat.__bases__, Loud.__subclasses__())


class JSONMixin:
    def to_json(self):
        import json
        return json.dumps({k: v for k, v in vars(self).items() if not k.startswith("_")}, sort_keys=True)


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({fields})"


class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    __hash__ = None


class Point(JSONMixin, ReprMixin, EqMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
        self._secret = "hidden"


p = Point(1, 2)
print(p, p.to_json(), p == Point(1, 2), p != Point(2, 1), Point.__hash__)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who(), super(B, D()).who(), C.who(D()))
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class Animal:
    sound = "..."
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1
        type(self).count = getattr(type(self), "count", 0)

    def speak(self):
        return f"{self.name}: {self.sound}"

    @classmethod
    def create(cls, *names):
        return [cls(n) for n in names]

    @staticmethod
    def kingdom():
        return "Animalia"


class Dog(Animal):
    sound = "woof"


class Puppy(Dog):
    def speak(self):
        return super().speak() + " (tiny)"


pets = Dog.create("rex", "fido") + Puppy.create("bit")
print([p.speak() for p in pets], Animal.count, Dog.kingdom(), Puppy.sound, vars(Puppy).get("sound"))
print(Puppy.__qualname__, Puppy.__module__, Puppy.speak.__qualname__, type(pets[0]).__name__)
print(getattr(Puppy, "speak") is Puppy.speak, Dog.speak is Animal.speak, callable(Puppy.create))
