import math
from abc import ABC, abstractmethod
from .units import to_cm


class Shape(ABC):
    count = 0

    def __init__(self, unit="cm"):
        self.unit = unit
        Shape.count += 1

    @abstractmethod
    def area(self):
        ...

    def area_cm2(self):
        return self.area() * to_cm(1, self.unit) ** 2

    def __lt__(self, other):
        return self.area_cm2() < other.area_cm2()

    def __repr__(self):
        return f"{type(self).__name__}({self._args()}, unit={self.unit!r})"


class Circle(Shape):
    def __init__(self, r, unit="cm"):
        super().__init__(unit)
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def _args(self):
        return f"r={self.r}"


class Rect(Shape):
    def __init__(self, w, h, unit="cm"):
        super().__init__(unit)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def _args(self):
        return f"{self.w}x{self.h}"
