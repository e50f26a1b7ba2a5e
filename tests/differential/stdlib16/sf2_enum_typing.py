"""enum (Flag/IntFlag/StrEnum reprs in 3.11, functional API, errors) and typing at run time."""
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
import typing
from typing import TypedDict, Protocol, Literal, NamedTuple, Optional, Union, Annotated, get_type_hints, get_args, get_origin, runtime_checkable

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W
class Color(IntFlag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
class Level(IntEnum):
    LOW = 1
    HIGH = 3
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    ALIAS = 2
print(repr(Perm.R | Perm.W), repr(Perm.R | Perm.X), str(Perm.R | Perm.X), repr(Perm(0)), repr(~Perm.R), list(Perm), Perm.RW.name)
print(repr(Perm(7)), Perm(7).name, [p.name for p in Perm(7)], Perm.R in Perm.RW, bool(Perm(0)), len(Perm(7)) if hasattr(Perm, "__len__") else "")
print(repr(Color.RED | Color.BLUE), str(Color.RED | Color.BLUE), Color.RED | 8, repr(Color(9)), Color.RED + 1, format(Color.GREEN), f"{Color.GREEN}")
print(repr(Mode.READ), str(Mode.READ), Mode.WRITE == "w", Mode("w"), format(Mode.READ), f"{Mode.WRITE}", Mode.READ.upper(), list(Mode))
print(repr(Level.LOW), str(Level.HIGH), f"{Level.HIGH}", Level.HIGH + 1, Level(3), sorted([Level.HIGH, Level.LOW]), Level.LOW < 2)
print(repr(Shape.ALIAS), Shape.ALIAS is Shape.SQUARE, list(Shape), list(Shape.__members__), Shape["DIAMOND"], Shape(1))
print(str(Shape.SQUARE), f"{Shape.SQUARE}", format(Shape.SQUARE, ""), Shape.SQUARE.value, hash(Shape.SQUARE) == hash(Shape.SQUARE))
for bad in [lambda: Shape(5), lambda: Shape["NOPE"], lambda: Level(2), lambda: Mode("x"), lambda: Perm(8)]:
    try:
        print(bad())
    except (ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Shape.SQUARE = 3
except AttributeError as e:
    print("AttributeError:", e)
Animal = Enum("Animal", "ANT BEE CAT")
Planet = Enum("Planet", [("MERCURY", 1), ("VENUS", 2)])
print(list(Animal), Animal.BEE.value, repr(Planet.VENUS), Animal.__name__)
class Status(Enum):
    ACTIVE = "active"
    @classmethod
    def _missing_(cls, value):
        return cls.ACTIVE if str(value).lower() == "active" else None
    def describe(self):
        return f"{self.name.title()}!"
print(Status("ACTIVE"), Status.ACTIVE.describe())
try:
    Status("gone")
except ValueError as e:
    print("ValueError:", e)
class Planet2(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet2.EARTH.mass, Planet2.EARTH.value)
class Ordered(Enum):
    _order_ = "A B"
    A = auto()
    B = auto()
print([m.value for m in Ordered], enum.unique(Ordered) is Ordered)
print(isinstance(Perm.R, Flag), issubclass(Color, int), type(Mode.READ).__mro__[1].__name__, Level.__members__.keys() if False else "")

class Movie(TypedDict):
    title: str
    year: int
class Movie2(Movie, total=False):
    rating: float
m: Movie = {"title": "Up", "year": 2009}
print(m, Movie.__required_keys__, sorted(Movie2.__optional_keys__), Movie2.__total__, get_type_hints(Movie2))
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closer), isinstance(1, Closer))
class P(NamedTuple):
    x: int
    y: int = 0
    tag: Optional[str] = None
print(P(1), P._fields, P._field_defaults, get_type_hints(P), P.__annotations__)
def f(a: int, b: "list[str]", c: Optional[int] = None, *, d: Annotated[int, "meta"] = 1) -> Union[int, str]:
    return 0
print(get_type_hints(f))
print(get_type_hints(f, include_extras=True)["d"])
print(get_args(Literal["r", "w"]), get_origin(Literal["r"]), get_args(dict[str, list[int]]), get_origin(list[int]), get_args(Optional[int]))
print(get_origin(Union[int, str]), get_args(int | str), get_origin(int | str), get_args(typing.Callable[[int, str], bool]))
print(repr(Optional[int]), repr(Union[int, str, None]), repr(list[int]), repr(typing.List[int]), repr(typing.Dict[str, typing.Any]))
T = typing.TypeVar("T", bound=int)
S = typing.TypeVar("S", str, bytes)
print(repr(T), T.__bound__, S.__constraints__, repr(typing.Callable[..., int]), repr(Literal[1, "a"]), repr(Annotated[int, "x"]))
class Box(typing.Generic[T]):
    def __init__(self, v: T):
        self.v = v
print(Box[int], Box(3).v, Box.__parameters__, typing.cast(int, "x"), typing.TYPE_CHECKING)
try:
    typing.assert_never(1)
except AssertionError as e:
    print("AssertionError:", e)
print(typing.assert_type(5, int), typing.get_overloads(len), typing.Self, typing.LiteralString, typing.Never)
@typing.final
class Leaf:
    pass
print(getattr(Leaf, "__final__", None), typing.NewType("UserId", int)(5), repr(typing.NewType("UserId", int)))
print(typing.Required[int], typing.NotRequired[str], typing.ClassVar[int], typing.Final[int])
