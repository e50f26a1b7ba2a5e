from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY
from typing import ClassVar, Optional
import json

@dataclass(order=True, frozen=True)
class Sku:
    category: str
    code: int

    def __str__(self):
        return f"{self.category[:3].upper()}-{self.code:04d}"

@dataclass
class Item:
    sku: Sku
    name: str
    price: float
    tags: list = field(default_factory=list)
    qty: int = 0
    _: KW_ONLY
    discount: float = 0.0
    note: Optional[str] = field(default=None, repr=False, compare=False)
    registry: ClassVar[dict] = {}

    def __post_init__(self):
        Item.registry[str(self.sku)] = self
        if self.price < 0:
            raise ValueError(f"negative price for {self.name}")

    @property
    def value(self):
        return round(self.qty * self.price * (1 - self.discount), 2)

@dataclass
class Batch:
    items: list
    scale: InitVar[float] = 1.0
    total: float = field(init=False)

    def __post_init__(self, scale):
        self.total = round(sum(i.value for i in self.items) * scale, 2)

items = [
    Item(Sku("fruit", 12), "apple", 0.5, ["fresh"], 40),
    Item(Sku("tools", 3), "hammer", 12.99, qty=3, discount=0.1),
    Item(Sku("fruit", 7), "pear", 0.75, qty=10, note="bruised"),
    Item(Sku("dairy", 1), "milk", 1.2, ["cold", "fresh"], 6),
]
for it in sorted(items, key=lambda i: i.sku):
    print(it.sku, repr(it))
print(sorted(i.sku for i in items)[0], max(i.sku for i in items))
print(Sku("a", 1) < Sku("a", 2), Sku("b", 0) > Sku("a", 9), Sku("a", 1) == Sku("a", 1))
print(hash(Sku("x", 1)) == hash(Sku("x", 1)))
try:
    items[0].sku.code = 5
except Exception as e:
    print(type(e).__name__, e)

b = Batch(items, scale=1.5)
print(b)
print(b.total, [f.name for f in fields(Batch)])
print(asdict(items[0]))
print(astuple(items[2]))
cheap = replace(items[1], price=9.99, name="mallet")
print(cheap, cheap.value, cheap == items[1])
print(items[2] == replace(items[2], note="other"))
print(json.dumps(asdict(items[3]), sort_keys=True))
print(sorted(Item.registry))
try:
    Item(Sku("bad", 0), "x", -1)
except ValueError as e:
    print("error:", e)
try:
    Item(Sku("bad", 0), "x", 1, [], 0, 0.5)
except TypeError as e:
    print("TypeError:", e)
print([f.name for f in fields(Item)], Item.__match_args__)
match items[1]:
    case Item(Sku("tools", code), name, price) if price > 10:
        print("expensive tool", code, name)
    case _:
        print("other")
