# dataclasses: order, frozen, unsafe_hash, eq=False, kw_only, inheritance, InitVar, KW_ONLY, match.
from dataclasses import dataclass, field, fields, FrozenInstanceError, InitVar, KW_ONLY, make_dataclass, asdict
import dataclasses

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 0)]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9, 9), Version(1) <= Version(1), Version(1) > Version(1))
print(max(vs), min(vs))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

c = Coord(1.5, 2.5)
print(c, c == Coord(1.5, 2.5), hash(c) == hash(Coord(1.5, 2.5)))
try:
    c.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del c.lon
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    c.extra = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(len({Coord(0, 0), Coord(0, 0), Coord(1, 0)}))
print(dataclasses.replace(c, lat=9.0), c)

@dataclass(frozen=True)
class Frozen2:
    items: tuple
    def __post_init__(self):
        object.__setattr__(self, "items", tuple(sorted(self.items)))
print(Frozen2((3, 1, 2)))

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(hash=False, default="x")
k1, k2 = Key(1, "p"), Key(1, "q")
print(hash(k1) == hash(k2), k1 == k2, {k1: 1}.get(Key(1, "p")))

@dataclass(eq=False)
class Ident:
    v: int
i1 = Ident(1)
print(i1 == Ident(1), i1 == i1, Ident.__hash__ is object.__hash__)

@dataclass(repr=False, init=False)
class Manual:
    v: int = 5
m = Manual()
print(m.v, repr(m).startswith("<"))

# kw_only
@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int
print(Options(level=3), Options(level=1, verbose=True))
try:
    Options(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Options()
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(Mixed(1), Mixed(1, c=5), Mixed.__match_args__)
try:
    Mixed(1, 2)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class WithKw:
    x: int
    y: int = field(kw_only=True, default=0)
    z: int = 1
print(WithKw(1, 2, y=3), WithKw.__match_args__)

# inheritance
@dataclass
class Base:
    x: int
    y: int = 10

@dataclass
class Child(Base):
    z: int = 20
    y: int = 99

ch = Child(1)
print(ch, [f.name for f in fields(ch)], isinstance(ch, Base), ch == Base(1, 99))

class Plain(Base):
    def double(self):
        return self.x * 2
print(Plain(4), Plain(4).double())

@dataclass
class Animal:
    name: str
    def speak(self):
        return f"{self.name} makes a sound"

@dataclass
class Dog(Animal):
    breed: str = "mutt"
    def speak(self):
        return super().speak() + " (woof)"
print(Dog("rex"), Dog("rex").speak())

try:
    @dataclass
    class NotFrozen(Coord):
        extra: int = 0
except TypeError as e:
    print("TypeError:", e)

# InitVar
@dataclass
class Account:
    owner: str
    deposit: InitVar[int] = 0
    balance: int = field(init=False, default=0)
    def __post_init__(self, deposit):
        self.balance += deposit * 2
acct = Account("zoe", 50)
print(acct, [f.name for f in fields(acct)], hasattr(acct, "deposit"))

# default_factory with init=False
@dataclass
class Registry:
    entries: dict = field(default_factory=dict, init=False)
    name: str = "reg"
rg = Registry()
rg.entries["a"] = 1
print(rg, Registry())

# make_dataclass
Pt = make_dataclass("Pt", ["x", ("y", int), ("z", int, field(default=0))])
print(Pt(1, 2), Pt(1, 2, 3) == Pt(1, 2, 3), [f.name for f in fields(Pt)])
Ord = make_dataclass("Ord", [("n", int)], order=True)
print(sorted([Ord(3), Ord(1)]))

# pattern matching on dataclasses
def describe(shape):
    match shape:
        case Version(major=0):
            return "pre-release"
        case Version(1, minor):
            return f"v1 minor {minor}"
        case Coord(lat, lon) if lat == lon:
            return "diagonal"
        case _:
            return "other"
for s in [Version(0, 3), Version(1, 4), Coord(2, 2), Coord(1, 2)]:
    print(describe(s))

# recursive repr
@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)
t = Tree(1)
t.children.append(t)
print(t)
print(asdict(Tree(1, [Tree(2)])))
