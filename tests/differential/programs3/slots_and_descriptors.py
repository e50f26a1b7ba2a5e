class Vec2:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec2({self.x}, {self.y})"


v = Vec2(1, 2)
v.x = 10
print(v, Vec2.__slots__, hasattr(v, "__dict__"))
try:
    v.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Vec2.__new__(Vec2).x
except AttributeError as e:
    print("AttributeError:", e)


class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, 0)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive, got {value}")
        setattr(obj, self.private, value)


class Order:
    qty = Positive()
    price = Positive()

    def __init__(self, qty, price):
        self.qty = qty
        self.price = price

    @property
    def total(self):
        return self.qty * self.price


o = Order(3, 2.5)
print(o.qty, o.price, o.total, vars(o), isinstance(Order.qty, Positive))
try:
    o.qty = -1
except ValueError as e:
    print("ValueError:", e)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        setattr(obj, self.fn.__name__, value)
        return value


class Report:
    calls = 0

    @Lazy
    def summary(self):
        Report.calls += 1
        return "expensive summary"


r = Report()
print(r.summary, r.summary, Report.calls)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

    @classmethod
    def reset(cls):
        cls.count = 0

    @staticmethod
    def describe():
        return "counts instances"


cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.count, cs[0].count, Counter.describe(), cs[1].describe())
Counter.reset()
print(Counter.count, Counter().id)
cs[0].count = 100
print(cs[0].count, Counter.count, cs[1].count)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)

    def __call__(cls, *args):
        print(f"constructing {cls.__name__}{args}")
        return super().__call__(*args)


class Widget(metaclass=Meta):
    def __init__(self, w):
        self.w = w


wd = Widget(5)
print(wd.w, Widget.created_by, type(Widget).__name__)
