from typing import Protocol, TypeVar, Generic, Iterable, Callable, NamedTuple, runtime_checkable
from abc import ABC, abstractmethod
from collections.abc import Sequence, Mapping

T = TypeVar("T")
K = TypeVar("K")


@runtime_checkable
class Sized(Protocol):
    def size(self) -> int: ...


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def size(self) -> int:
        return len(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Stack({self._items})"


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    def describe(self) -> str:
        return f"{type(self).__name__} with area {self.area():.2f}"


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Pair(NamedTuple):
    left: int
    right: int = 0

    def total(self) -> int:
        return self.left + self.right


def apply_all(fns: Iterable[Callable[[int], int]], x: int) -> list[int]:
    return [f(x) for f in fns]


s: Stack[int] = Stack()
for i in range(4):
    s.push(i * i)
print(s, s.pop(), len(s), isinstance(s, Sized), isinstance(3, Sized))
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(Sq(3).describe())
p = Pair(3)
print(p, p.total(), p._replace(right=9), p._asdict(), Pair._fields, Pair._field_defaults)
a, b = Pair(5, 6)
print(a, b, p == (3, 0), isinstance(p, tuple))
print(apply_all([lambda v: v + 1, lambda v: v * 2, abs], -4))
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance("s", Sequence), issubclass(dict, Mapping))
print(Stack[int], T, Callable[[int], str])
