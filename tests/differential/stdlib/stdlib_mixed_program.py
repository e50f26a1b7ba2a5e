# A small program combining dataclasses, enum, abc, collections, json, io, contextlib and copy.
import copy
import io
import json
from abc import ABC, abstractmethod
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, asdict
from enum import Enum, auto

class Category(Enum):
    TOOLS = auto()
    FOOD = auto()
    TOYS = auto()

@dataclass(order=True)
class Product:
    sku: str
    name: str = field(compare=False)
    price: float = field(compare=False)
    category: Category = field(compare=False, default=Category.TOOLS)
    tags: list = field(default_factory=list, compare=False, repr=False)

class PricingRule(ABC):
    @abstractmethod
    def apply(self, product, qty): ...

class BulkDiscount(PricingRule):
    def __init__(self, threshold, pct):
        self.threshold, self.pct = threshold, pct
    def apply(self, product, qty):
        total = product.price * qty
        return round(total * (1 - self.pct / 100), 2) if qty >= self.threshold else total

Line = namedtuple("Line", "sku qty")
catalog = OrderedDict()
for p in [Product("B2", "bread", 2.5, Category.FOOD, ["fresh"]), Product("H1", "hammer", 12.0),
          Product("Y9", "yoyo", 3.25, Category.TOYS), Product("A7", "apple", 0.4, Category.FOOD)]:
    catalog[p.sku] = p
print(sorted(catalog.values()))
print(catalog["B2"], catalog["B2"].tags)

orders = deque([Line("A7", 12), Line("H1", 1), Line("B2", 3), Line("A7", 6), Line("Y9", 2)])
rule = BulkDiscount(10, 15)
log = io.StringIO()

@contextmanager
def section(title):
    print(f"== {title} ==", file=log)
    yield
    print(f"== end {title} ==", file=log)

revenue = defaultdict(float)
qty_by_sku = Counter()
with section("orders"):
    while orders:
        line = orders.popleft()
        product = catalog[line.sku]
        amount = rule.apply(product, line.qty)
        revenue[product.category] += amount
        qty_by_sku[line.sku] += line.qty
        print(f"{line.sku} x{line.qty:<3} {product.name:<7} {amount:>7.2f}", file=log)
print(log.getvalue(), end="")
print({c.name: round(v, 2) for c, v in revenue.items()})
print(qty_by_sku.most_common(2), sum(qty_by_sku.values()))

with suppress(KeyError):
    catalog["ZZ"]
    print("unreachable")

snapshot = copy.deepcopy(catalog)
snapshot["B2"].tags.append("sale")
print(catalog["B2"].tags, snapshot["B2"].tags, snapshot == catalog)

def encode(o):
    if isinstance(o, Category):
        return o.name
    raise TypeError(type(o).__name__)
report = {"products": [asdict(p) for p in catalog.values()], "revenue": {c.name: v for c, v in revenue.items()}}
text = json.dumps(report, default=encode, indent=1, sort_keys=True)
print(text)
back = json.loads(text)
print(back["products"][0]["category"], Category[back["products"][0]["category"]], len(back["products"]))
