# classmethod and staticmethod, called on classes, instances and subclasses.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def kind(cls):
        return cls.__name__
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"), MyDate(1, 2, 3).from_string("2000-1-1"))
print(Date.kind(), MyDate.kind(), MyDate(1, 1, 1).kind())
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), MyDate.is_leap(2023))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items = cls.items + [item]
        return cls
class SubRegistry(Registry):
    pass
Registry.register("a")
SubRegistry.register("b")
print(Registry.items, SubRegistry.items)
def plain(x):
    return x * 2
class Holder:
    sm = staticmethod(plain)
    cm = classmethod(lambda cls, v: (cls.__name__, v))
print(Holder.sm(4), Holder().sm(5), Holder.cm(1), Holder().cm(2))
class Counter:
    count = 0
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
print(Counter.increment(), Counter.increment(), SubCounter.increment(), Counter.count, SubCounter.count)
class Shape:
    @staticmethod
    def area_of(w, h):
        return w * h
    def area(self):
        return self.area_of(self.w, self.h)
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
print(Rect(3, 4).area())
