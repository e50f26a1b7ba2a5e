"""enum 3.11 corners: member/nonmember, _ignore_, ReprEnum, IntFlag ops and boundaries, pickling and copying members, functional API forms, __members__ order, dir()."""
import copy
import enum
import pickle
from enum import Enum, Flag, IntEnum, IntFlag, ReprEnum, StrEnum, auto, member, nonmember


class Weekday(Enum):
    _ignore_ = ["i"]
    MON = 1
    TUE = 2
    WED = 3
    LIMIT = nonmember(10)

    @member
    def helper():
        return "member function"

    @classmethod
    def weekend(cls):
        return []


print([m.name for m in Weekday], Weekday.LIMIT, Weekday.helper.value(), Weekday.weekend(), len(Weekday))


class Code(int, ReprEnum):
    OK = 0
    FAIL = 1


print(repr(Code.OK), Code.OK + 5, format(Code.FAIL, "03d"), int(Code.FAIL))


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()

    def __str__(self):
        return self.name.title()

    def describe(self):
        return f"{self} #{self.value}"


print(str(Shape.CIRCLE), repr(Shape.SQUARE), Shape.SQUARE.describe(), f"{Shape.CIRCLE}", format(Shape.CIRCLE, ">10"))
print(Shape["CIRCLE"] is Shape(1), Shape.CIRCLE in Shape, hash(Shape.CIRCLE) == hash(Shape.CIRCLE), Shape.CIRCLE != 1)
print(pickle.loads(pickle.dumps(Shape.SQUARE)) is Shape.SQUARE, copy.copy(Shape.CIRCLE) is Shape.CIRCLE, copy.deepcopy([Shape.CIRCLE])[0] is Shape.CIRCLE)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), rw & 6, rw ^ Perm.R, ~Perm.R, ~rw, Perm(0), repr(Perm(0)), rw | 8, repr(rw | 8), 7 & Perm.X, type(7 & Perm.X).__name__)
print(list(Perm(7)), Perm.R in rw, Perm.X in rw, int(~Perm.X), Perm(5).name, bool(Perm(0)), rw == 6, sorted([Perm.W, Perm.R, Perm.X]))
print(enum.show_flag_values(13), enum.show_flag_values(0))


class Strict(Flag, boundary=enum.STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=enum.EJECT):
    A = 1
    B = 2


print(repr(Conform(7)))
try:
    Strict(7)
except ValueError as e:
    print("ValueError", e)
Animal = Enum("Animal", "ANT BEE CAT")
Animal2 = Enum("Animal2", ["ANT", "BEE"])
Animal3 = Enum("Animal3", {"ANT": "a", "BEE": "b"})
Status = IntEnum("Status", [("ON", 1), ("OFF", 0)])
Colors = StrEnum("Colors", ["RED", "GREEN"])
print(list(Animal), list(Animal2), list(Animal3), list(Status), list(Colors), Colors.RED == "red")
print(Animal.BEE.value, Animal.__members__.keys(), Status.OFF < Status.ON, Animal.__qualname__, Animal.__module__ if Animal.__module__ == "__main__" else "?")


class Ordered(Enum):
    B = 2
    A = 1
    ALIAS_B = 2

    def __lt__(self, other):
        return self.value < other.value


print(sorted(Ordered), list(Ordered.__members__), Ordered.ALIAS_B is Ordered.B, Ordered._member_names_, sorted(Ordered._value2member_map_))
print(sorted(x for x in dir(Shape.CIRCLE) if not x.startswith("__")))
try:
    class Extended(Shape):
        TRIANGLE = 3
except TypeError as e:
    print("TypeError", e)


class Base(Enum):
    def hello(self):
        return f"hi {self.name}"


class Child(Base):
    X = 1


print(Child.X.hello(), isinstance(Child.X, Base), issubclass(Child, Base))
try:
    Shape(9)
except ValueError as e:
    print("ValueError", e)
print(Shape.CIRCLE.__class__.__name__, type(Shape).__name__, Shape.__class__ is enum.EnumMeta, enum.EnumType is enum.EnumMeta)
