from dataclasses import dataclass, field, fields, asdict, astuple, InitVar, replace, is_dataclass, FrozenInstanceError
from typing import ClassVar, Optional
import json


@dataclass
class Base:
    id: int
    tags: list = field(default_factory=list)
    registry: ClassVar[dict] = {}

    def __post_init__(self):
        Base.registry[self.id] = self


@dataclass
class Employee(Base):
    name: str = "anon"
    salary: float = field(default=0.0, repr=False)
    manager: Optional["Employee"] = None
    secret: InitVar[str] = ""
    badge: str = field(init=False)

    def __post_init__(self, secret):
        super().__post_init__()
        self.badge = f"{self.name[:3].upper()}-{self.id:04d}" + ("*" if secret else "")


@dataclass(frozen=True, order=True)
class Money:
    cents: int
    currency: str = "USD"

    def __str__(self):
        return f"{self.cents / 100:.2f} {self.currency}"

    def __add__(self, o):
        if o.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {o.currency}")
        return Money(self.cents + o.cents, self.currency)


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1


@dataclass(eq=False)
class Handle:
    fd: int


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


boss = Employee(1, name="Grace", salary=200.0, secret="s")
e = Employee(2, ["x"], "Linus", 100.0, boss)
print(boss)
print(e)
print(e.badge, boss.badge, sorted(Base.registry), e == Employee(2, ["x"], "Linus", 999.0, boss))
print([f.name for f in fields(Employee)], is_dataclass(e), is_dataclass(Employee), is_dataclass(5))
print(asdict(e))
print(astuple(Money(5)), json.dumps(asdict(boss)))
m = Money(150) + Money(275)
print(m, repr(m), m < Money(500), sorted([Money(3, "EUR"), Money(1, "USD"), Money(1, "EUR")]), hash(m) == hash(Money(425)))
try:
    m.cents = 1
except FrozenInstanceError as ex:
    print("FrozenInstanceError:", ex)
try:
    Money(1, "EUR") + Money(1)
except ValueError as ex:
    print("ValueError:", ex)
print(Opts(level=3), Opts())
try:
    Opts(True)
except TypeError as ex:
    print("TypeError:", ex)
h1, h2 = Handle(1), Handle(1)
print(h1 == h2, h1 == h1, len({h1, h2}))
s = Slotted(1)
print(s, hasattr(s, "__dict__"), Slotted.__slots__)
try:
    s.c = 3
except AttributeError as ex:
    print("AttributeError:", ex)
print(replace(m, currency="EUR"), Money.__dataclass_fields__["currency"].default)
try:
    Employee()
except TypeError as ex:
    print("TypeError:", ex)
try:
    Money(1, "X", 3)
except TypeError as ex:
    print("TypeError:", ex)


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)

    def add(self, name, qty=1):
        self.items[name] = self.items.get(name, 0) + qty
        return self

    @property
    def total(self):
        return sum(self.items.values())


inv = Inventory().add("apple", 3).add("pear").add("apple")
print(inv, inv.total, Inventory() == Inventory(), Inventory() is Inventory())
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as ex:
    print("ValueError:", ex)
print(Money(1) == (1, "USD"), Money(2) > Money(1, "AAA"))
Money("x") + Money(1)
