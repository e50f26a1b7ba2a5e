from __future__ import annotations

from typing import (Callable, Dict, Generic, Iterator, List, NamedTuple, Optional, Protocol, Tuple, TypedDict,
                    TypeVar, Union, runtime_checkable)

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T", bound="Entity")


class Entity(Protocol):
    id: int


@runtime_checkable
class Named(Protocol):
    def display_name(self) -> str: ...


class UserRow(TypedDict):
    id: int
    name: str
    email: Optional[str]


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def __add__(self, other: Point) -> Point:
        return Point(self.x + other.x, self.y + other.y)

    def scaled(self, k: float) -> "Point":
        return self._replace(x=self.x * k, y=self.y * k)


class User:
    def __init__(self, id: int, name: str, email: Optional[str] = None) -> None:
        self.id, self.name, self.email = id, name, email

    def display_name(self) -> str:
        return f"{self.name} <{self.email or 'no email'}>"

    def __repr__(self) -> str:
        return f"User({self.id}, {self.name!r})"


class Repository(Generic[K, V]):
    def __init__(self, key: Callable[[V], K]) -> None:
        self._items: Dict[K, V] = {}
        self._key = key

    def add(self, item: V) -> V:
        k = self._key(item)
        if k in self._items:
            raise KeyError(f"duplicate key {k!r}")
        self._items[k] = item
        return item

    def get(self, k: K, default: Optional[V] = None) -> Optional[V]:
        return self._items.get(k, default)

    def find(self, pred: Callable[[V], bool]) -> List[V]:
        return [v for v in self._items.values() if pred(v)]

    def __iter__(self) -> Iterator[V]:
        return iter(self._items.values())

    def __len__(self) -> int:
        return len(self._items)


rows: List[UserRow] = [
    {"id": 1, "name": "ann", "email": "ann@x.org"},
    {"id": 2, "name": "bob", "email": None},
    {"id": 3, "name": "cyd", "email": "cyd@y.net"},
]
repo: Repository[int, User] = Repository(key=lambda u: u.id)
for r in rows:
    repo.add(User(**r))
print(len(repo), repo.get(2), repo.get(9, "missing"), [u.display_name() for u in repo])
print(repo.find(lambda u: u.email is not None and u.email.endswith(".org")))
try:
    repo.add(User(1, "dup"))
except KeyError as e:
    print("KeyError:", e)
print(isinstance(repo.get(1), Named), isinstance("str", Named), isinstance(repo, Named))
print(Repository.__parameters__, Repository[int, str].__args__, Repository[int, str].__origin__ is Repository)
print(UserRow.__required_keys__ == frozenset({"id", "name", "email"}), sorted(UserRow.__annotations__))
p = Point(1.5) + Point(2, 3)
print(p, p.scaled(2), Point._fields, Point._field_defaults, tuple(p), p == (3.5, 3.0), p.x)
x, y = p
print(f"{x=} {y=}", list(Point.__annotations__))
Shape = Union[Point, Tuple[float, float]]
print(Shape, Optional[int], Dict[str, List[int]], Callable[[int, str], bool], List["User"])


def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None


print(first(list(repo)), first([]), first.__annotations__)
