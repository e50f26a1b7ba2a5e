class Box:
    def __init__(self, w):
        self.w = w

    @property
    def area(self):
        return self.w * self.h


b = Box(3)
print(b.area)
