from typing import (Any, Callable, Dict, Generic, List, NamedTuple, Optional, Protocol, Tuple, TypedDict,
                    TypeVar, Union, Literal, Final, ClassVar, cast, overload, runtime_checkable, get_type_hints)
import typing

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items})"


class Employee(NamedTuple):
    name: str
    dept: str
    salary: float = 50000.0

    def raise_pct(self, pct: float) -> "Employee":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))


class Movie(TypedDict, total=False):
    title: str
    year: int


@runtime_checkable
class Greeter(Protocol):
    def greet(self, who: str) -> str: ...


class English:
    def greet(self, who: str) -> str:
        return f"Hello, {who}"


class Mute:
    pass


class Config:
    MAX: ClassVar[int] = 3
    name: str
    debug: bool = False


def apply(f: Callable[[int], int], xs: List[int]) -> List[int]:
    return [f(x) for x in xs]


def first(pairs: Dict[K, T]) -> Tuple[K, T]:
    return next(iter(pairs.items()))


def mode(m: Literal["r", "w"]) -> str:
    return m * 2


s: Stack[int] = Stack()
for i in range(3):
    s.push(i * 10)
print(s, s.pop(), s.peek(), len(s))
try:
    Stack[str]().pop()
except IndexError as e:
    print("IndexError:", e)
e = Employee("Ann", "eng")
print(e, e.raise_pct(10), e._fields, Employee._field_defaults)
print(sorted([Employee("b", "x", 3), Employee("a", "y", 5)], key=lambda x: -x.salary))
m: Movie = {"title": "Up"}
m["year"] = 2009
print(m, type(m).__name__, Movie.__total__)
print(isinstance(English(), Greeter), isinstance(Mute(), Greeter), English().greet("Bo"))
print(apply(lambda v: v ** 2, [1, 2, 3]), first({"k": 1}), mode("r"), cast(int, "not really"))
print(get_type_hints(Config), Config.MAX, Config.__annotations__)
print(get_type_hints(apply))
print(Optional[int], Union[int, str], List[int], Dict[str, List[int]], Callable[[int], str], Any)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), Union[int, None] == Optional[int])
print(int | None, list[int], dict[str, tuple[int, ...]], Tuple[int, ...])
MAX: Final = 10
Vector = List[float]


def scale(v: Vector, k: float) -> Vector:
    return [x * k for x in v]


print(scale([1.0, 2.5], 2), MAX, T, T.__name__)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(4), double("ab"))
print(apply.__annotations__)
