print("load _shop.catalog.items")
from .. import pricing
from . import ITEMS


def add(name, price):
    ITEMS[name] = pricing.apply_discount(price)
    return ITEMS[name]
