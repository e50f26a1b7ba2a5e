print("load _shop.pricing")
RATE = 0.2


def apply_discount(price, rate=None):
    return round(price * (1 - (RATE if rate is None else rate)), 2)
