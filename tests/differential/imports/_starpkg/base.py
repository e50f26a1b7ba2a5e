class Shape:
    def area(self): raise NotImplementedError
    def __repr__(self): return f"{type(self).__name__}({self.area():.2f})"
print("base loaded", __name__, __package__)
