# pprint of collections types and dataclasses.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from dataclasses import dataclass, field

od = OrderedDict((f"key{i}", i * 11) for i in range(8))
print(pprint.pformat(od, width=40))
dd = defaultdict(list, {f"group{i}": list(range(i)) for i in range(6)})
print(pprint.pformat(dd, width=40))
c = Counter("abracadabra simsalabim hocus pocus")
print(pprint.pformat(c, width=40))
dq = deque(range(25), maxlen=30)
print(pprint.pformat(dq, width=40))
print(pprint.pformat(deque(range(25)), width=40))
cm = ChainMap({"a": 1, "b": list(range(10))}, {"c": 3})
print(pprint.pformat(cm, width=30))
print(pprint.pformat([OrderedDict(), defaultdict(int), Counter(), deque()], width=20))

@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)

@dataclass
class Order:
    id: int
    items: list
    note: str = ""

order = Order(7, [Item("apple", ["fruit", "red"]), Item("bread", ["bakery"] * 5), Item("water")], note="deliver before noon please")
print(pprint.pformat(order, width=50))
print(pprint.pformat(order, width=200))
print(pprint.pformat([Item("x")], width=5))
