"""dataclasses: order, frozen, defaults, post_init, asdict/astuple/replace, errors."""
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
from typing import List, Optional


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

    @classmethod
    def parse(cls, text):
        return cls(*map(int, text.split(".")))


vs = [Version.parse(t) for t in ["1.2.3", "1.10.0", "0.9.9", "1.2.0"]]
print(sorted(vs))
print(max(vs), min(vs), Version(1) < Version(1, 0, 1), Version(2) == Version(2, 0, 0))
print({Version(1): "one"}[Version(1, 0, 0)], hash(Version(1)) == hash(Version(1, 0, 0)))
try:
    vs[0].major = 9
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del vs[0].minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)
print(replace(vs[0], patch=99), astuple(vs[1]), asdict(vs[2]))


@dataclass
class Line:
    sku: str
    qty: int
    unit_price: float = 0.0

    @property
    def total(self):
        return self.qty * self.unit_price


@dataclass
class Order:
    order_id: int
    customer: str
    lines: List[Line] = field(default_factory=list)
    note: Optional[str] = field(default=None, repr=False)
    discount: InitVar[float] = 0.0
    total: float = field(init=False, default=0.0)

    def __post_init__(self, discount):
        if self.order_id <= 0:
            raise ValueError(f"bad order id {self.order_id}")
        self.total = round(sum(l.total for l in self.lines) * (1 - discount), 2)


o = Order(7, "ann", [Line("A1", 2, 3.5), Line("B2", 1, 10.0)], note="rush", discount=0.1)
print(o)
print(asdict(o))
print([f.name for f in fields(o)], o.total)
print(Order(8, "bob") == Order(8, "bob"), Order(8, "bob") == Order(9, "bob"))
try:
    Order(0, "zed")
except ValueError as e:
    print("ValueError:", e)
try:
    Order(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Order(1, "a", [], None, 0.0, 5.0)
except TypeError as e:
    print("TypeError:", e)
try:
    Line("x", 1, unit=2)
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Shared:
        items: list = []
except ValueError as e:
    print("ValueError:", e)


@dataclass(eq=False)
class Node:
    name: str
    children: list = field(default_factory=list, compare=False)


a, b = Node("x"), Node("x")
print(a == b, a == a, Node("root", [a]))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


print(Options(level=3), Options())
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
print(Version.__match_args__, Line.__dataclass_fields__["qty"].type)
