import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY
from abc import ABC, abstractmethod, ABCMeta
from typing import ClassVar

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list, repr=False)
    sku: str = field(default="N/A", compare=False)
    def total(self):
        return self.price * self.qty
a = Item("pen", 1.5, 3)
print(a, a.total(), a == Item("pen", 1.5, 3, sku="X"), asdict(a), astuple(a), replace(a, qty=10))
print([f.name for f in fields(a)], fields(Item)[3].default_factory is list, dataclasses.is_dataclass(a), dataclasses.is_dataclass(Item))
print(Item.__init__.__doc__ if False else "", Item.__match_args__, Item.__dataclass_fields__["qty"].default)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, label="rc")]
print(sorted(vs), Version(1, 2) == Version(1, 2, label="x"), hash(Version(1)) == hash(Version(1)), max(vs))
try:
    vs[0].major = 3
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    rate: InitVar[float] = 0.05
    history: list = field(default_factory=list, init=False)
    count: ClassVar[int] = 0
    def __post_init__(self, rate):
        self.balance *= (1 + rate)
        Account.count += 1
acc = Account("bob", 100)
print(acc, Account.count, [f.name for f in fields(acc)])

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
print(Opts(level=3))
try:
    Opts(True)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(Mixed(1, c=5))
@dataclass(slots=True)
class Slot:
    x: int
    y: int = 0
print(Slot(1), Slot.__slots__, hasattr(Slot(1), "__dict__"))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1).__eq__(NoEq(1)))
@dataclass(repr=False)
class NoRepr:
    v: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object"))
@dataclass
class Nested:
    items: list[Item]
    meta: dict
n = Nested([Item("a", 1.0)], {"k": (1, 2)})
print(asdict(n), astuple(n))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
P = dataclasses.make_dataclass("P", [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
print(P(3, -4), P(3, -4).norm())
@dataclass
class Base:
    x: int = 0
@dataclass
class Derived(Base):
    y: int = 1
    x: int = 5
print(Derived(), Derived(1, 2), fields(Derived)[0].name)

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"
print(Sq(2).describe(), isinstance(Sq(1), Shape), Shape.__abstractmethods__ == frozenset({"area", "name"}))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
class Duck(metaclass=ABCMeta):
    pass
Duck.register(int)
print(isinstance(1, Duck), issubclass(bool, Duck), isinstance("s", Duck))
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented
print(isinstance([], Sized), isinstance(1, Sized))
