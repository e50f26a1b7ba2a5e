from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, KW_ONLY
import dataclasses


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}{'-' + self.label if self.label else ''}"


vs = [Version(1, 2), Version(1, 10), Version(1, 2, 1, "rc1"), Version(0, 9, 9), Version(1, 2, 0, "beta")]
print(sorted(vs))
print([str(v) for v in sorted(vs, reverse=True)], max(vs), Version(1, 2) == Version(1, 2, 0, "x"))
print(hash(Version(1)) == hash(Version(1, 0, 0, "zz")), len(set(vs)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del vs[0].minor
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Box:
    items: list = field(default_factory=list)
    scale: InitVar[float] = 1.0
    total: float = field(init=False, default=0.0)
    _: KW_ONLY
    name: str = "box"
    tags: dict = field(default_factory=dict, repr=False)

    def __post_init__(self, scale):
        self.total = sum(self.items) * scale


b1 = Box([1, 2, 3], 2.0, name="b1")
b2 = Box()
b2.items.append(7)
print(b1, b2, Box().items, b1 == Box([1, 2, 3], 2.0, name="b1"), b1 == Box([1, 2, 3], name="b1"))
print(asdict(b1), astuple(b2), [f.name for f in fields(Box)], [f.name for f in fields(b1) if f.init])
b3 = replace(b1, items=[10], scale=0.5)
print(b3, b3.total, b3.tags is b1.tags)
try:
    Box([1], 1.0, "positional-name")
except TypeError as e:
    print("TypeError:", e)
try:
    replace(b1, total=5)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mutable:
        xs: list = []
except ValueError as e:
    print("ValueError:", e)


@dataclass(eq=False, repr=False)
class Plain:
    v: int


@dataclass(unsafe_hash=True)
class Point:
    x: int
    y: int = field(default=0, hash=False)


print(Plain(1) == Plain(1), Plain.__repr__ is object.__repr__, hash(Point(1, 2)) == hash(Point(1, 5)), Point(1, 2))
print(Point.__dataclass_fields__["y"].default, Point.__match_args__, dataclasses.is_dataclass(Point), dataclasses.is_dataclass(Point(1)))
nested = {"p": Point(1, 2), "l": [Version(2)], "t": (Box([1]),)}
print(asdict(Box([3, 4], name="n", tags={"k": Point(5, 6), "v": [Version(2)]})))


@dataclass
class Node:
    val: int
    children: "list[Node]" = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
print(asdict(tree))
print(Node.__init__.__annotations__ if False else sorted(Node.__annotations__))
