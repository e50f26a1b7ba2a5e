# An order system with frozen/ordered dataclasses and enums: comparisons, errors, reprs.
from dataclasses import dataclass, field, asdict, astuple, replace, FrozenInstanceError, fields
from enum import Enum, IntEnum, Flag, auto, unique

class Status(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    @property
    def label(self):
        return self.value.title()
    @classmethod
    def parse(cls, s):
        return cls(s.lower())

class Priority(IntEnum):
    LOW = 1
    HIGH = 3

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

@dataclass(frozen=True, order=True)
class Sku:
    code: str
    size: int = 0

@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    status: Status = Status.NEW
    priority: Priority = Priority.LOW
    note: str = field(default="", repr=False, compare=False)
    total: float = field(init=False, default=0.0)
    def __post_init__(self):
        self.total = round(sum(q * 2.5 for _, q in self.items), 2)

o = Order(1, [(Sku("A", 2), 3), (Sku("B"), 1)], note="rush")
print(o)
print(asdict(o)["status"], astuple(Sku("Z", 9)), [f.name for f in fields(Order)])
o2 = replace(o, id=2)
print(o2.id, o2.total, o == replace(o, note="other"), o == o2)
s = Sku("A", 1)
try:
    s.size = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del s.code
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(sorted([Sku("B", 1), Sku("A", 3), Sku("A", 1)]), Sku("A") < Sku("A", 1), hash(Sku("A", 1)) == hash(Sku("A", 1)))
try:
    Sku("A") < ("A", 0)
except TypeError as e:
    print("TypeError:", e)
try:
    Order()
except TypeError as e:
    print("TypeError:", e)
try:
    Order(1, total=5)
except TypeError as e:
    print("TypeError:", e)
try:
    {o}
except TypeError as e:
    print("TypeError:", e)

print(Status.PAID, repr(Status.PAID), Status("paid"), Status["SHIPPED"], Status.parse("NEW").label, len(Status), list(Status)[0])
for bad in [lambda: Status("lost"), lambda: Status["LOST"], lambda: Priority(2)]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, Priority(3), int(Priority.LOW), sorted([Priority.HIGH, Priority.LOW]), Priority.HIGH == 3)
print(f"{Priority.HIGH}", f"{Status.NEW}", str(Priority.HIGH), format(Priority.LOW, "03d"), Status.NEW.name, Status.NEW.value)
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.W, ~Perm.R, bool(Perm(0)), list(rw), Perm(7), len(Perm))
print(Status.NEW is Status("new"), Status.NEW == "new", isinstance(Status.NEW, Status), type(Status.NEW).__name__, Status.__members__.keys())
try:
    Status.NEW = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Alias(Enum):
    A = 1
    B = 1
print(Alias.B, Alias.B is Alias.A, list(Alias), Alias(1))
by_status = {}
for order in [o, o2, Order(3, status=Status.PAID)]:
    by_status.setdefault(order.status, []).append(order.id)
print(by_status)
match o.status:
    case Status.NEW | Status.PAID:
        print("open order")
    case _:
        print("closed")
