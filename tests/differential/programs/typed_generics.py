from __future__ import annotations
from typing import Generic, TypeVar, Optional, Iterator, Callable, Protocol, Union, Any, NamedTuple, TypedDict
from dataclasses import dataclass, field
from abc import ABC, abstractmethod

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items})"


s: Stack[int] = Stack()
for i in range(5):
    s.push(i * i)
print(s, len(s), list(s), s.pop(), s)


class Shape(Protocol):
    def area(self) -> float: ...


class Coord(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self, other: "Coord") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5


class Movie(TypedDict):
    title: str
    year: int


c1, c2 = Coord(0, 0), Coord(3, 4)
print(c1, c2, c1.dist(c2), Coord(1), c2._fields, c2 == (3, 4), c2.x)
mv: Movie = {"title": "Alien", "year": 1979}
print(mv, type(mv).__name__)


@dataclass
class TreeNode(Generic[K]):
    key: K
    left: Optional[TreeNode[K]] = None
    right: Optional[TreeNode[K]] = None
    count: int = 1

    def insert(self, key: K) -> None:
        if key == self.key:
            self.count += 1
        elif key < self.key:
            if self.left:
                self.left.insert(key)
            else:
                self.left = TreeNode(key)
        else:
            if self.right:
                self.right.insert(key)
            else:
                self.right = TreeNode(key)

    def inorder(self) -> Iterator[tuple[K, int]]:
        if self.left:
            yield from self.left.inorder()
        yield self.key, self.count
        if self.right:
            yield from self.right.inorder()

    def height(self) -> int:
        return 1 + max(self.left.height() if self.left else 0, self.right.height() if self.right else 0)


root = TreeNode("m")
for w in "the quick brown fox jumps over the lazy dog and the cat".split():
    root.insert(w)
print(list(root.inorder()), root.height())
print(TreeNode(5))


def apply_all(fs: list[Callable[[int], int]], x: int) -> list[int]:
    return [f(x) for f in fs]


def compose(*fs: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run


print(apply_all([abs, lambda v: v * 2, str.__len__ if False else (lambda v: -v)], -7))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose()(9), compose(str, len)([1, 2, 3]))


def parse_num(s: str) -> Union[int, float, None]:
    try:
        return int(s)
    except ValueError:
        try:
            return float(s)
        except ValueError:
            return None


print([parse_num(x) for x in ["1", "2.5", "x", "1e3", "-0", " 7 "]])


class Repo(ABC, Generic[T]):
    @abstractmethod
    def get(self, key: str) -> T: ...


class MemRepo(Repo[T]):
    def __init__(self, **data: T):
        self.data = data

    def get(self, key: str) -> T:
        return self.data[key]


r = MemRepo(a=1, b=2)
print(r.get("b"), isinstance(r, Repo), MemRepo.__mro__[1].__name__)
print(Stack.__name__, Stack[int].__name__ if hasattr(Stack[int], "__name__") else "alias")
Stack().pop()
