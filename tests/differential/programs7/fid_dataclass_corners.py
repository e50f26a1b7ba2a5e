# dataclasses: field options, default_factory, order, frozen, __post_init__, InitVar, replace.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, FrozenInstanceError


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = field(default=0, compare=False)
    tags: list = field(default_factory=list, repr=False, compare=False)


@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0

    def norm2(self):
        return self.x * self.x + self.y * self.y


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list)
    rate: InitVar[float] = 0.05
    interest: float = field(init=False)

    def __post_init__(self, rate):
        self.interest = round(self.balance * rate, 2)


@dataclass(eq=False)
class Token:
    text: str


vs = [Version(1, 2, 3), Version(1, 0, 9), Version(0, 9), Version(1, 2, 0, ["rc"])]
print(sorted(vs))
print(Version(1, 2, 3) == Version(1, 2, 4), Version(1, 2) < Version(1, 3))
print(max(vs), min(vs))
p = Point(3.0, 4.0)
print(p, p.norm2(), hash(p) == hash(Point(3.0, 4.0)))
try:
    p.x = 1.0
except FrozenInstanceError as e:
    print("frozen:", e)
q = replace(p, y=-1.5)
print(q, p)
a = Account("ann", 200.0, rate=0.1)
print(a)
print(asdict(a))
print(astuple(Version(2, 1)))
print([f.name for f in fields(Account)])
print(Token("a") == Token("a"), Token("b").text)
print({Point(1, 2), Point(1, 2), Point(2, 1)} == {Point(1, 2), Point(2, 1)})
try:
    Version()
except TypeError as e:
    print(e)
