"""dataclasses: factories, __post_init__, InitVar, asdict/astuple/replace, frozen, order, slots, kw_only, match_args."""
import dataclasses
from dataclasses import InitVar, KW_ONLY, asdict, astuple, dataclass, field, fields, replace, is_dataclass, make_dataclass
from typing import ClassVar


@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)
    qty: int = 1
    _cache: dict = field(default_factory=dict, repr=False, compare=False)
    count: ClassVar[int] = 0

    def __post_init__(self):
        Item.count += 1
        if self.price < 0:
            raise ValueError(f"negative price for {self.name}")

    @property
    def total(self):
        return self.price * self.qty


a = Item("pen", 1.5)
b = Item("pen", 1.5, qty=1)
b._cache["x"] = 1
print(a, a == b, a.total, Item.count, a.tags is not b.tags)
try:
    Item("bad", -1)
except ValueError as e:
    print("ValueError", e)
print([f.name for f in fields(Item)], fields(Item)[2].default_factory is list, fields(Item)[0].default is dataclasses.MISSING)


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    secret: InitVar[str] = "pw"
    digest: str = field(init=False)

    def __post_init__(self, secret):
        self.digest = secret[::-1] + str(len(secret))


acct = Account("ann", 10, "hunter2")
print(acct, asdict(acct), astuple(acct), [f.name for f in fields(acct)])
try:
    Account("bob", secret="x", digest="y")
except TypeError as e:
    print("TypeError", e)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 0)]
print(sorted(vs), max(vs), Version(1) < Version(1, 0, 1), len(set(vs)), hash(Version(1)) == hash(Version(1, 0, 0)))
try:
    vs[0].major = 3
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    del vs[0].minor
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError", e)
print(replace(vs[0], patch=9), vs[0])
try:
    replace(vs[0], build=1)
except TypeError as e:
    print("TypeError", e)


@dataclass(slots=True)
class Point:
    x: float
    y: float = 0.0

    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3, 4)
print(p, p.dist(), Point.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError", e)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


@dataclass
class Job:
    name: str
    _: KW_ONLY
    retries: int = 3
    timeout: float = 1.0


print(Options(level=3), Job("build", timeout=2.5), Job.__match_args__, Options.__match_args__)
try:
    Options(True)
except TypeError as e:
    print("TypeError", e)
try:
    Job("x", 5)
except TypeError as e:
    print("TypeError", e)

for obj in [Job("deploy", retries=0), Point(1, 2), Version(2)]:
    match obj:
        case Job(name, retries=0):
            print("no-retry job", name)
        case Point(x, y) if x < y:
            print("point below diagonal", x, y)
        case Version(major=2):
            print("v2", obj)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


tree = Node(1, [Node(2, meta={"k": (1, 2)}), Node(3, [Node(4)])])
print(asdict(tree))
print(astuple(tree))
print(asdict(tree, dict_factory=lambda kv: sorted(kv)) if False else asdict(Node(5), dict_factory=list))

try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Mut:
        items: list = []
except ValueError as e:
    print("ValueError", e)

Dyn = make_dataclass("Dyn", [("a", int), ("b", str, field(default="z"))], frozen=True)
print(Dyn(1), is_dataclass(Dyn), is_dataclass(Dyn(1)), is_dataclass(int))


@dataclass(eq=False)
class Ident:
    v: int


print(Ident(1) == Ident(1), Ident(1).__eq__ is not None)


@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(H(1)) == hash(H(1, [2])), H(1) == H(1, [2]))


@dataclass
class Base:
    x: int = 0


@dataclass
class Derived(Base):
    y: int = 1
    x: int = 5


print(Derived(), [f.name for f in fields(Derived)], repr(Derived.__init__.__doc__))
