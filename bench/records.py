# Tuple-heavy code: namedtuple and dataclass records, tuple keys in dicts, unpacking in loops,
# sorting by attribute/tuple keys and grouping.
from collections import namedtuple
from dataclasses import dataclass

Point = namedtuple("Point", ["x", "y", "z"])


@dataclass
class Order:
    oid: int
    customer: str
    amount: float
    qty: int


def main():
    pts = [Point(i % 17, (i * 7) % 23, (i * 13) % 29) for i in range(120000)]
    cells = {}
    for p in pts:
        key = (p.x // 4, p.y // 4)
        cells[key] = cells.get(key, 0) + p.z
    sx = sy = sz = 0
    for x, y, z in pts:
        sx += x
        sy += y * z
        sz ^= z
    moved = [p._replace(z=p.z + 1) for p in pts[:20000]]
    custs = ["ann", "bob", "cyd", "dee", "eve"]
    orders = [Order(i, custs[i % 5], (i * 37 % 1000) / 10, i % 7 + 1) for i in range(80000)]
    by_c = {}
    for o in orders:
        tot, n = by_c.get(o.customer, (0.0, 0))
        by_c[o.customer] = (tot + o.amount * o.qty, n + 1)
    top = sorted(orders, key=lambda o: (-o.amount, o.oid))[:3]
    pairs = {(a, b): a * b for a in range(300) for b in range(0, 300, 3)}
    acc = 0
    for (a, b), v in pairs.items():
        if (b, a) in pairs:
            acc += v
    print(len(cells), max(cells.items()), sx, sy, sz, moved[-1], sorted(by_c.items())[:2],
          [o.oid for o in top], top[0] == Order(top[0].oid, top[0].customer, top[0].amount, top[0].qty), acc)


main()
