"""typing at run time: Generic, TypeVar, Protocol, NamedTuple, TypedDict, get_type_hints."""
from typing import (Any, Callable, Dict, Generic, Iterator, List, NamedTuple, Optional, Protocol, Tuple, TypedDict,
                    TypeVar, Union, cast, get_type_hints, runtime_checkable, overload, Literal, Final, ClassVar)

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> "Stack[T]":
        self._items.append(item)
        return self

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)


s: Stack[int] = Stack[int]()
s.push(1).push(2).push(3)
print(list(s), len(s), s.pop(), Stack[str].__name__ if hasattr(Stack[str], "__name__") else "alias")
print(T, T.__name__, Stack[int].__args__, Stack[int].__origin__ is Stack)


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value

    def __repr__(self):
        return f"Pair({self.key!r}, {self.value!r})"


print(Pair("a", 1), Pair[str, int]("b", 2))


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0

    def raise_by(self, pct: float) -> "Employee":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))


e = Employee("ann", salary=100.0)
print(e, e.raise_by(10), Employee._fields, Employee._field_defaults, e[0], isinstance(e, tuple))
print(Employee.__annotations__)


class Movie(TypedDict, total=False):
    title: str
    year: int


m: Movie = {"title": "Alien", "year": 1979}
print(m, type(m).__name__, Movie.__total__, sorted(Movie.__annotations__))


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class File:
    def close(self):
        return None


print(isinstance(File(), Closable), isinstance(3, Closable))


def apply(fn: Callable[[int], int], xs: List[int], *, default: Optional[int] = None) -> Dict[str, Any]:
    return {"results": [fn(x) for x in xs], "default": default}


print(apply(lambda x: x * x, [1, 2, 3]))
hints = get_type_hints(apply)
print(sorted(hints), hints["xs"], hints["default"], hints["return"])
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], List[Tuple[int, str]], Dict[str, List[int]])
print(Callable[[int, str], bool], Literal["a", "b"], Any, int | None, list[int] | None)
x = cast(int, "not really")
print(x, cast("List[int]", [1]))


class Registry:
    MAX: Final = 3
    instances: ClassVar[int] = 0

    @overload
    def get(self, key: int) -> int: ...

    @overload
    def get(self, key: str) -> str: ...

    def get(self, key):
        return key * 2


print(Registry().get(4), Registry().get("ab"), Registry.MAX, Registry.instances, Registry.__annotations__)


def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None


print(first([3, 4]), first([]), first.__annotations__)
