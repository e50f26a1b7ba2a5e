from dataclasses import dataclass, field, InitVar, asdict, astuple, replace, fields, KW_ONLY, FrozenInstanceError, is_dataclass
import dataclasses
@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list, compare=False)
    def __post_init__(self):
        self.sort_key = (-self.price, self.name)
@dataclass(frozen=True, slots=True)
class P:
    x: int
    y: int = 0
@dataclass(kw_only=True)
class Cfg:
    host: str = "localhost"
    port: int = 80
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: InitVar[int] = 5
    d: int = field(default=0, metadata={"unit": "m"})
    def __post_init__(self, c):
        self.d += c
items = [Item("b", 2.0), Item("a", 2.0, ["x"]), Item("c", 5.0)]
print(sorted(items), items[0] < items[1], items[0] == Item("b", 2.0, ["zz"]))
p = P(1)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("frozen:", e)
print(p, hash(p) == hash(P(1, 0)), replace(p, y=9), P.__slots__, asdict(p), astuple(p))
print(Cfg(port=8080), Mixed(1, b=3, c=10), [f.name for f in fields(Mixed)], fields(Mixed)[-1].metadata["unit"])
try:
    Cfg("h")
except TypeError as e:
    print("TypeError:", e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(n))
print(n)
print(is_dataclass(n), is_dataclass(Node), dataclasses.make_dataclass("Z", [("q", int)])(3) if hasattr(dataclasses, "make_dataclass") else "")
@dataclass(eq=False)
class Ref:
    v: int
print(Ref(1) == Ref(1), Ref(1).__eq__(Ref(1)))
@dataclass
class Base:
    x: int = 1
@dataclass
class Child(Base):
    y: int = 2
    x: int = 10
print(Child(), Child(3, 4), Child.__match_args__)
@dataclass(repr=False)
class NoRepr:
    a: int
print(str(NoRepr(1)).startswith("<__main__.NoRepr object"))
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(hash=False, default=None)
print(hash(H(1)) == hash(H(1, [1])))
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
