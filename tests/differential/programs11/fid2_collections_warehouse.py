from collections import namedtuple, deque, Counter, OrderedDict, ChainMap, defaultdict, UserDict, UserList
from typing import NamedTuple

Pallet = namedtuple("Pallet", "sku qty zone", defaults=["A"])


class Order(NamedTuple):
    id: int
    sku: str
    qty: int = 1

    def describe(self):
        return f"#{self.id} {self.qty}x{self.sku}"


stock = [Pallet("bolt", 100), Pallet("nut", 250, "B"), Pallet("gear", 12, "C"), Pallet("bolt", 40, "B")]
print(stock[0], stock[1]._asdict(), Pallet._fields, Pallet._field_defaults)
print(Pallet._make(["axle", 3, "D"]), stock[2]._replace(qty=0), stock[0] == ("bolt", 100, "A"))
sku, qty, zone = stock[1]
print(sku, qty, zone, stock[1].qty + stock[3][1], len(stock[0]))

by_sku = Counter()
for p in stock:
    by_sku[p.sku] += p.qty
print(by_sku, by_sku.most_common(1), by_sku["none"], sum(by_sku.values()))
orders = deque(Order(i, s, q) for i, (s, q) in enumerate([("bolt", 30), ("gear", 20), ("nut", 5), ("bolt", 200)], 1))
print(orders[0], orders[-1].describe(), Order._fields, Order(9, "x"))
filled, backorder = [], deque(maxlen=2)
while orders:
    o = orders.popleft()
    if by_sku[o.sku] >= o.qty:
        by_sku[o.sku] -= o.qty
        filled.append(o.describe())
    else:
        backorder.append(o)
print(filled, list(backorder), +by_sku)
need = Counter(bolt=500, gear=5)
print(need - by_sku, by_sku & need, by_sku | need, list((need + Counter(nut=1)).elements())[:3])
c = Counter("mississippi")
c.subtract("sip")
print(c, c.total(), sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))

d = deque(range(1, 8), maxlen=7)
d.rotate(2)
print(d, d.maxlen)
d.rotate(-3)
d.appendleft(0)
d.extend([8, 9])
print(d, d.index(4), d.count(9), list(reversed(d))[:3])

lru = OrderedDict()
for key in "abcadbe":
    lru[key] = lru.get(key, 0) + 1
    lru.move_to_end(key)
    if len(lru) > 3:
        print("evict", lru.popitem(last=False))
print(lru, list(lru.keys()), lru.popitem())

defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cfg = ChainMap({}, user, defaults)
cfg["color"] = "blue"
print(cfg["size"], cfg["color"], dict(cfg), cfg.maps[0], len(cfg))
child = cfg.new_child({"size": "XL"})
print(child["size"], child.parents["size"], sorted(child))

groups = defaultdict(lambda: defaultdict(int))
for p in stock:
    groups[p.zone][p.sku] += p.qty
print({z: dict(v) for z, v in sorted(groups.items())})


class CaseDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in self.data


cd = CaseDict({"Host": "x"})
cd["CONTENT-type"] = "json"
print(cd["HOST"], "content-TYPE" in cd, cd, len(cd), list(cd.items()))


class Stack(UserList):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), s + [4], len(s), s[::-1], type(s[:1]).__name__)
