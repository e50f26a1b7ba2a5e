# Small inventory tool touching memoryview, NamedTuple forward refs, sys.modules, generator arg errors.
import sys
from typing import NamedTuple, Optional

class Item(NamedTuple):
    name: str
    qty: int = 0
    parent: Optional["Item"] = None
    tags: "tuple[str, ...]" = ()

root = Item("root")
leaf = Item("leaf", 3, root, ("a",))
print(leaf, leaf.parent.name, Item._fields, Item._field_defaults, leaf._replace(qty=5))
print(Item.__annotations__ if False else sorted(Item.__annotations__))

main = sys.modules["__main__"]
print(main.__name__, main.root is root, hasattr(main, "leaf"), "sys" in sys.modules, __name__)

async def coro_fn(x):
    return x
try:
    coro_fn(1, 2)
except TypeError as e:
    print("TypeError at call:", e)

data = bytearray(b"inventory-data")
mv = memoryview(data)
print(len(mv), mv[0], mv[-1], bytes(mv[:9]), mv[2:5].tobytes(), mv.tolist()[:3], mv.readonly, mv.nbytes)
mv[0] = ord("I")
print(data[:3], bytes(mv.cast("B")[:2]))
ro = memoryview(b"abc")
print(ro.readonly, ro.tobytes(), list(ro), ro[1:].tolist(), ro == b"abc", ro.format, ro.itemsize)
try:
    ro[0] = 65
except TypeError as e:
    print("TypeError:", e)
with memoryview(b"xyz") as tmp:
    print(tmp.tobytes().decode())
print(type(leaf).__mro__[1].__name__)

class Plain:
    def __init__(self):
        self.a = 1
pl = Plain()
print(type(pl.__dict__).__name__, pl.__dict__, isinstance(pl.__dict__, dict), dict(pl.__dict__, b=2))
pl.__dict__["b"] = 2
print(pl.b, vars(pl), sorted(vars(pl).items()))
