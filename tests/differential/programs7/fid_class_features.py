# Class features: __init_subclass__ with kwargs, __class_getitem__, descriptors with __set_name__,
# __slots__, class attributes vs instance, properties with setters/deleters, __call__, classmethods.
class Registry:
    plugins = {}

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Registry.plugins[cls.key] = cls


class Csv(Registry, key="csv"):
    pass


class Json(Registry):
    pass


print(sorted(Registry.plugins), Csv.key, Json.key)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"


print(Box[int], Box["x"], list[int], dict[str, list[int]], tuple[int, ...])


class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.name, value)


class Item:
    qty = Typed()
    price = Typed()

    def __init__(self, qty, price):
        self.qty = qty
        self.price = price


it = Item(2, 5)
print(it.qty * it.price, Item.qty.name, Item.qty.owner, vars(it))
try:
    it.qty = "many"
except TypeError as e:
    print(e)


class Temp:
    __slots__ = ("_c",)

    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9

    @f.deleter
    def f(self):
        print("deleting")
        self._c = 0


t = Temp(100)
print(t.f)
t.f = 32
print(t._c)
del t.f
print(t._c)
try:
    t.other = 1
except AttributeError as e:
    print(e)


class Counter:
    count = 0

    def __init__(self):
        type(self).count += 1

    def __call__(self, x):
        return x * self.count

    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]

    @staticmethod
    def kind():
        return "counter"


objs = Counter.make(3)
print(Counter.count, objs[0](2), Counter.kind(), objs[1].kind(), callable(objs[0]))
print(Item.__name__, Item.__qualname__, Csv.__mro__[1].__name__, Temp.__slots__)
