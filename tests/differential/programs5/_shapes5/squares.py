from ._util import clamp
from .base import Shape

print("loading squares module", __name__)


class Square(Shape):
    kind = "square"

    def __init__(self, side):
        self.side = clamp(side, 0, 100)

    def area(self):
        return self.side ** 2
