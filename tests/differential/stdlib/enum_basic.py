# enum.Enum: members, lookup by value and name, aliases, auto, methods, errors, functional API.
from enum import Enum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

print(Color.RED, repr(Color.RED), str(Color.GREEN), f"{Color.BLUE}", format(Color.RED, ">12"), "%s" % Color.RED)
print(Color.RED.name, Color.RED.value, Color.BLUE._name_, Color.BLUE._value_)
print(Color(2), Color["BLUE"], Color(1) is Color.RED, Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(Color._member_names_, list(Color.__members__), Color.__members__["CRIMSON"])
print(Color.__members__)
print(isinstance(Color.RED, Color), type(Color.RED) is Color, type(Color.RED).__name__)
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != 1, Color.RED == 1, Color.RED is not Color.BLUE)
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN], len({Color.RED, Color.CRIMSON, Color.BLUE}))
print(Color(Color.RED), Color._value2member_map_)
print(sorted([Color.BLUE, Color.RED, Color.GREEN], key=lambda c: c.value))
print(max([Color.BLUE, Color.RED], key=lambda c: c.name).name)

# errors
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color("RED")
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)
try:
    class MoreColor(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)
try:
    Color.RED.value = 3
except AttributeError as e:
    print("AttributeError:", e)

# auto, methods, properties, classmethods
class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()
    SATURDAY = 10
    SUNDAY = auto()

    def is_weekend(self):
        return self in (Weekday.SATURDAY, Weekday.SUNDAY)

    @property
    def short(self):
        return self.name[:3].title()

    @classmethod
    def first(cls):
        return cls.MONDAY

    @staticmethod
    def describe():
        return "days of the week"

print(Weekday.MONDAY.value, Weekday.WEDNESDAY.value, Weekday.SUNDAY.value)
print(Weekday.SATURDAY.is_weekend(), Weekday.TUESDAY.is_weekend(), Weekday.SUNDAY.short, Weekday.first(), Weekday.describe())

class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = auto()
    BETA = auto()
print(Lower.ALPHA.value, Lower("beta"))

# custom __str__ and __format__, tuple values with __init__
class Shape(Enum):
    SQUARE = 4
    TRIANGLE = 3
    def __str__(self):
        return f"{self.name.lower()} with {self.value} sides"
print(Shape.SQUARE, repr(Shape.TRIANGLE), f"[{Shape.TRIANGLE}]")

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet((3.303e23, 2.4397e6)), Planet.MERCURY.radius)

class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls.__members__.values():
                if m.value == value.lower():
                    return m
        return None
print(Status("ACTIVE"), Status("inactive"))
try:
    Status("unknown")
except ValueError as e:
    print("ValueError:", e)

# unique
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 2
        FOUR = 1
except ValueError as e:
    print("ValueError:", e)

@unique
class Fine(Enum):
    A = 1
    B = 2
print(Fine.B)

# functional API
Animal = Enum("Animal", "ANT BEE CAT")
print(Animal.ANT, Animal.CAT.value, Animal(2), Animal.__members__)
Http = Enum("Http", [("OK", 200), ("NOT_FOUND", 404)])
print(Http.NOT_FOUND.value, Http(200).name)
Codes = Enum("Codes", {"X": "x", "Y": "y"})
print(Codes.Y, Codes("x"))
Seq = Enum("Seq", ["A", "B"], start=10)
print(Seq.A.value, Seq.B.value)

# match statement
def react(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN | Color.BLUE:
            return "go"
for c in [Color.RED, Color.GREEN, Color.BLUE]:
    print(c.name, react(c))

# enum base class with behaviour but no members
class Describable(Enum):
    def describe(self):
        return f"{self.name}={self.value}"
class Size(Describable):
    S = 1
    L = 3
print(Size.L.describe(), Size(1))
print(type(Color), Color.__name__)
