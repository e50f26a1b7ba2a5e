from typing import Protocol, runtime_checkable, Iterable, Optional, Union, Any


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


@runtime_checkable
class Named(Protocol):
    name: str


@runtime_checkable
class Resizable(Drawable, Protocol):
    def resize(self, k: float) -> None: ...


class Circle:
    name = "circle"

    def draw(self):
        return "()"

    def resize(self, k):
        pass


class Label:
    def __init__(self, name):
        self.name = name


class Line:
    def draw(self):
        return "--"


for obj in (Circle(), Label("lbl"), Line(), 42, "s"):
    print(type(obj).__name__, isinstance(obj, Drawable), isinstance(obj, Named), isinstance(obj, Resizable))


def render(items: Iterable[Drawable]) -> str:
    return " ".join(i.draw() for i in items if isinstance(i, Drawable))


print(render([Circle(), Line(), Label("x")]))


def first(xs: list[int], default: Optional[int] = None) -> Union[int, None]:
    return xs[0] if xs else default


print(first([]), first([3, 4]), first([], -1), first.__annotations__ if False else "ann")


class Plain(Protocol):
    def go(self) -> None: ...


try:
    isinstance(Circle(), Plain)
except TypeError as e:
    print("TypeError:", e)
print(Drawable.__name__, issubclass(Circle, Circle), isinstance(Circle(), object))
