from functools import singledispatch
from typing import List, Optional


def area(w: float, h: float = 1.0, *rest: int, scale: "float" = 2, **kw: str) -> float:
    return w * h * scale


print(area.__annotations__)
print(area(2, 3))


def plain(a, b):
    return a + b


print(plain.__annotations__)


class Shape:
    def grow(self, by: int) -> "Shape":
        return self


print(Shape.grow.__annotations__, Shape().grow.__annotations__)
f = lambda x: x
print(f.__annotations__)


@singledispatch
def describe(x) -> str:
    return f"something: {x!r}"


@describe.register
def _(x: int) -> str:
    return f"int {x}"


@describe.register
def _(x: list) -> str:
    return f"list of {len(x)}"


@describe.register(float)
def _(x):
    return f"float {x:.2f}"


class Animal:
    pass


class Dog(Animal):
    pass


@describe.register
def _(x: Animal) -> str:
    return f"animal {type(x).__name__}"


for v in [3, [1, 2], 2.5, "s", Dog(), True, None]:
    print(describe(v))

try:

    @describe.register
    def _(x):
        return "no annotation"

except TypeError as e:
    print("TypeError:", str(e).split(":")[0])

try:

    @describe.register
    def _(x: List[int]):
        return "generic"

except TypeError as e:
    print("TypeError:", e)


def opt(n: Optional[int] = None) -> List[str]:
    return [str(n)]


print(opt.__annotations__, opt())
