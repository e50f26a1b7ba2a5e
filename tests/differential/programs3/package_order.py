print("main start")
from _shop.catalog.items import add
import _shop
import _shop.catalog as cat

print(_shop.VERSION, _shop.discount(100))
print(add("book", 10), add("pen", 2.5), cat.ITEMS)
import _shop.pricing
_shop.pricing.RATE = 0.5
print(add("lamp", 40), _shop.discount(10), _shop.pricing.apply_discount(10, 0))
import sys
print("_shop.catalog.items" in sys.modules, sorted(m for m in sys.modules if m.startswith("_shop")))
print(_shop.__name__, cat.__name__, _shop.pricing.__name__, add.__module__)
