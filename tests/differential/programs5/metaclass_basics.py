"""Metaclasses: __new__, __call__, __prepare__-free registration, type()."""


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print(f"creating {cls.__name__}{args}")
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, env="dev"):
        self.env = env


a = Config("prod")
b = Config("test")
print(a is b, a.env, type(Config).__name__, type(a).__name__)


class Fields(type):
    def __new__(mcs, name, bases, ns):
        fields = [k for k, v in ns.items() if isinstance(v, (int, str, float)) and not k.startswith("_")]
        ns["_fields"] = tuple(fields)
        cls = super().__new__(mcs, name, bases, ns)
        print(f"Fields.__new__ -> {name} {fields}")
        return cls

    def __repr__(cls):
        return f"<record {cls.__name__}>"

    def __len__(cls):
        return len(cls._fields)


class Record(metaclass=Fields):
    def __init__(self, **kw):
        for f in self._fields:
            setattr(self, f, kw.get(f, getattr(type(self), f)))

    def __repr__(self):
        inner = " ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({inner})"


class Point(Record):
    x = 0
    y = 0
    label = "origin"


print(Point, len(Point), Point._fields)
print(Point(x=3), Point(y=-1, label="down"))
print(isinstance(Point, Fields), isinstance(Point(), Record), type(Point) is Fields)

# type() with three arguments
def describe(self):
    return f"{self.kind} with {self.legs} legs"


Animal = type("Animal", (), {"legs": 4, "kind": "animal", "describe": describe})
Bird = type("Bird", (Animal,), {"legs": 2, "kind": "bird"})
print(Animal().describe(), "|", Bird().describe())
print(Bird.__name__, Bird.__bases__, Bird.__mro__)
print(type(Bird), type(type), type(42), type(None).__name__)


class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")


class Duck(metaclass=Meta):
    pass


class Robot:
    def quack(self):
        return "beep"


print(isinstance(Robot(), Duck), isinstance(3, Duck))


class Counted(type):
    count = 0

    def __call__(cls, *a, **k):
        Counted.count += 1
        return super().__call__(*a, **k)


class Item(metaclass=Counted):
    def __init__(self, n):
        self.n = n


items = [Item(i) for i in range(5)]
print(Counted.count, [i.n for i in items])
print(Item.__class__.__name__, Counted.__mro__)
