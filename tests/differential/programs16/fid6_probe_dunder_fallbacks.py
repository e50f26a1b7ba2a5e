# Protocol fallbacks: __contains__ via __iter__/__getitem__, __iter__ = None, __ne__ from __eq__,
# __iadd__ falling back to __add__, __radd__ with subclasses first, __class__ assignment, NotImplemented chains.
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i


class It:
    def __iter__(self):
        yield from "xyz"


class NoIter:
    __iter__ = None

    def __getitem__(self, i):
        return i


s = Seq()
print(9 in s, 5 in s, list(s), "y" in It(), "q" in It(), sorted(It(), reverse=True), list(reversed(list(s))), max(s), sum(s))
for bad in [lambda: iter(NoIter()), lambda: list(NoIter()), lambda: 3 in 5, lambda: "a" in 5, lambda: None in "abc"]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, Eq) and self.v == o.v

    __hash__ = object.__hash__


print(Eq(1) != Eq(1), Eq(1) != Eq(2), Eq(1) == 1, 1 == Eq(1), Eq(1) != "x", [Eq(1)].count(Eq(1)), Eq(2) in [Eq(1), Eq(2)], [Eq(3)].index(Eq(3)))


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*(a + b for a, b in zip(self.xs, o.xs)))
        if isinstance(o, (int, float)):
            return Vec(*(a + o for a in self.xs))
        return NotImplemented

    def __radd__(self, o):
        return self + o

    def __mul__(self, k):
        return Vec(*(a * k for a in self.xs)) if isinstance(k, (int, float)) else NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __repr__(self):
        return f"Vec{tuple(self.xs)}"


v = Vec(1, 2)
w = v
w += Vec(10, 10)
print(v, w, v is w, 1 + v, sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)), 2 * v, v * 0.5, -v, sum([v, v]) if False else "-")
for bad in [lambda: v + "s", lambda: "s" + v, lambda: v * v, lambda: v @ v, lambda: v < v, lambda: ~v]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)


class Base:
    def __radd__(self, o):
        return f"Base.__radd__({type(o).__name__})"

    def __add__(self, o):
        return f"Base.__add__({type(o).__name__})"


class Derived(Base):
    def __radd__(self, o):
        return f"Derived.__radd__({type(o).__name__})"


print(Base() + Derived(), Derived() + Base(), 1 + Base(), Base() + 1)


class MyStr(str):
    def __radd__(self, o):
        return f"MyStr.__radd__({o!r})"


print("a" + MyStr("b"), MyStr("b") + "a", type(MyStr("b") + "a").__name__)


class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + int(o) * 100)

    def __radd__(self, o):
        return f"radd {o}"


print(MyInt(1) + 2, 2 + MyInt(1), MyInt(5) - 1, type(MyInt(5) - 1).__name__, sum([MyInt(1), MyInt(2)]), True + MyInt(1))


class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


pet = Cat()
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog))
try:
    pet.__class__ = int
except TypeError as e:
    print("TypeError:", e)


class Both:
    def __lt__(self, o):
        return NotImplemented

    def __gt__(self, o):
        return NotImplemented


try:
    Both() < Both()
except TypeError as e:
    print("TypeError:", e)
print(Both() == Both(), Both().__eq__(Both()), Both().__ne__(1), NotImplemented.__class__.__name__, bool(Both()))


class Len0:
    def __len__(self):
        return 0


class BoolOver(Len0):
    def __bool__(self):
        return True


print(bool(Len0()), bool(BoolOver()), not Len0(), [x for x in [Len0(), BoolOver(), 0, "a"] if x].__len__(), Len0() or "fallback")
