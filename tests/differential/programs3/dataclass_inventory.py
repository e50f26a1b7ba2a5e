from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar
from enum import Enum, auto, IntEnum, Flag
import json


class Category(Enum):
    TOOL = auto()
    FOOD = auto()
    TOY = auto()

    def __str__(self):
        return self.name.title()


class Priority(IntEnum):
    LOW = 1
    HIGH = 3


class Perm(Flag):
    R = 4
    W = 2
    X = 1


@dataclass(order=True)
class Item:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    category: Category = Category.TOOL
    tags: list = field(default_factory=list)

    def __post_init__(self):
        self.sort_key = self.price * self.qty

    @property
    def value(self):
        return round(self.price * self.qty, 2)


@dataclass(frozen=True)
class Loc:
    aisle: int
    shelf: str = "A"


@dataclass
class Scaled:
    base: int
    factor: InitVar[int] = 2
    result: int = field(init=False)

    def __post_init__(self, factor):
        self.result = self.base * factor


items = [Item("hammer", 12.5, 3), Item("apple", 0.4, 100, Category.FOOD, ["fresh"]), Item("yo-yo", 3.0, 7, Category.TOY)]
for it in sorted(items):
    print(it, it.value, str(it.category), it.category.value)
print(max(items).name, Item("x", 1.0) == Item("x", 1.0), Item("x", 1.0) < Item("y", 2.0, 1))
print(asdict(items[1]))
print(astuple(items[0]), [f.name for f in fields(Item)])
print(replace(items[0], qty=10).value, Loc(3), Loc(1, "C") == Loc(1, "C"), hash(Loc(2)) == hash(Loc(2)))
try:
    Loc(1).aisle = 5
except Exception as e:
    print(type(e).__name__, e)
print(Scaled(5), Scaled(5, 10).result)
print(list(Category), Category["FOOD"], Category(3), Category.TOY.name, repr(Category.TOOL), len(Category))
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]), int(Priority.LOW))
p = Perm.R | Perm.W
print(p, Perm.R in p, Perm.X in p, repr(p), p.value, Perm(5), bool(Perm(0)))
try:
    Category(9)
except ValueError as e:
    print("ValueError:", e)
payload = {"items": [dict(asdict(i), category=i.category.name) for i in items], "loc": asdict(Loc(4, "B"))}
text = json.dumps(payload, indent=2, sort_keys=True)
print(text[:200])
back = json.loads(text)
print(back["loc"], len(back["items"]), back["items"][0]["tags"], json.dumps([1.0, None, True, "é"], ensure_ascii=False))
print(json.dumps({"a": float("inf")}), json.dumps((1, 2)), json.dumps("x\n\"y\""), json.loads("[1e3, -0.0, 1E-2]"))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.dumps({1: {2, 3}})
except TypeError as e:
    print("TypeError:", e)
