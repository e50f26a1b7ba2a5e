"""typing at run time: get_type_hints, NamedTuple, TypedDict, reprs of Union/Literal/Optional/generics."""
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, NamedTuple, Optional,
                    Tuple, TypedDict, TypeVar, Union, get_args, get_origin, get_type_hints, cast, overload)

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 100.0

    def raise_by(self, pct):
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))


e = Employee("ann")
print(e, e.raise_by(10), e._asdict(), Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(Employee._make(["bob", "ops", 90]), e[0], len(e), e == ("ann", "eng", 100.0), isinstance(e, tuple))
try:
    Employee()
except TypeError as err:
    print("TypeError", err)
try:
    e.name = "x"
except AttributeError as err:
    print("AttributeError", err)


class Movie(TypedDict):
    title: str
    year: int


class MovieExtra(Movie, total=False):
    rating: float


m: Movie = {"title": "Up", "year": 2009}
print(m, type(m).__name__, Movie.__required_keys__ == frozenset({"title", "year"}), sorted(MovieExtra.__optional_keys__), sorted(MovieExtra.__required_keys__))
print(MovieExtra.__total__, Movie.__total__, sorted(MovieExtra.__annotations__))
Point2 = TypedDict("Point2", {"x": int, "y": int})
print(Point2(x=1, y=2), sorted(Point2.__annotations__))

print(Optional[int], Union[int, str], Union[int, None, str], Union[int, int], Union[int], List[int], Dict[str, List[int]])
print(Literal["a", 1, True], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., Any], ClassVar[int], Final[str])
print(int | str, list[int], dict[str, int | None], type[int], tuple[int, ...], Optional[list[str]])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_args(Literal[1, 2]))
print(get_origin(int | str), get_args(int | str), get_origin(Callable[[int], str]), get_args(Callable[[int], str]), get_origin(int))
print(Union[int, str] == Union[str, int], Literal[1, 2] == Literal[2, 1], Optional[int] == Union[int, None], List[int] == list[int])
print(T, K.__bound__, N.__constraints__, repr(TypeVar("C", covariant=True)), T.__name__)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


print(Box[int], Box(3).get(), Box.__parameters__, get_origin(Box[int]) is Box, get_args(Box[str]))


class Config:
    name: str
    retries: int = 3
    tags: "List[str]"
    ratio: Optional[float] = None


def handler(req: "Request", limit: int = 10, *args: str, flag: bool, **kw: Any) -> Optional[str]:
    return None


class Request:
    path: str


print(get_type_hints(Config))
print(get_type_hints(handler))
print(handler.__annotations__)
print(get_type_hints(Employee), get_type_hints(Movie))
print(cast(int, "not really"), cast("List[int]", [1]), typing.TYPE_CHECKING, typing.no_type_check(lambda: 1)())


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2


print(f(2), f("ab"))
try:
    Union[()]
except TypeError as err:
    print("TypeError", err)
try:
    Generic[int]
except TypeError as err:
    print("TypeError", err)
print(isinstance(3, int | str), isinstance([], typing.Sequence), issubclass(dict, typing.Mapping), typing.Hashable, typing.Sized)
print(typing.get_type_hints(lambda: None), typing.Annotated[int, "meta"], get_args(typing.Annotated[int, "m", 2]))
print(typing.NewType("UserId", int), typing.NewType("UserId", int)(5), typing.Any, typing.NoReturn, typing.AnyStr)
