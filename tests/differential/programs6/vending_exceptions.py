from decimal import Decimal
from enum import Enum


class VendError(Exception):
    def __init__(self, message, *, code=None):
        super().__init__(message)
        self.code = code

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" if self.code else base


class SoldOut(VendError):
    pass


class NeedMoney(VendError):
    def __init__(self, missing):
        super().__init__(f"insert {missing} more", code="E2")
        self.missing = missing


class Coin(Enum):
    NICKEL = Decimal("0.05")
    DIME = Decimal("0.10")
    QUARTER = Decimal("0.25")
    DOLLAR = Decimal("1.00")


class Machine:
    def __init__(self, stock):
        self.stock = dict(stock)
        self.credit = Decimal("0")
        self.bank = {c: 5 for c in Coin}

    def insert(self, *coins):
        for c in coins:
            if not isinstance(c, Coin):
                raise TypeError(f"not a coin: {c!r}")
            self.credit += c.value
            self.bank[c] += 1

    def change(self, amount):
        out = []
        for c in sorted(Coin, key=lambda c: c.value, reverse=True):
            while amount >= c.value and self.bank[c]:
                amount -= c.value
                self.bank[c] -= 1
                out.append(c.name.lower())
        if amount:
            raise VendError(f"cannot make change for {amount}", code="E9")
        return out

    def buy(self, item):
        try:
            price, count = self.stock[item]
        except KeyError:
            raise VendError(f"no such item {item!r}", code="E1") from None
        if count == 0:
            raise SoldOut(item)
        if self.credit < price:
            raise NeedMoney(price - self.credit)
        self.stock[item] = (price, count - 1)
        due = self.credit - price
        self.credit = Decimal("0")
        return item, self.change(due)


m = Machine({"cola": (Decimal("1.25"), 2), "chips": (Decimal("0.85"), 0), "gum": (Decimal("0.35"), 9)})
actions = [("buy", "cola"), ("insert", Coin.DOLLAR), ("buy", "cola"), ("insert", Coin.QUARTER, Coin.DIME),
           ("buy", "cola"), ("buy", "chips"), ("buy", "tea"), ("insert", "penny"), ("insert", Coin.DOLLAR, Coin.DOLLAR),
           ("buy", "gum"), ("insert", Coin.DOLLAR, Coin.QUARTER), ("buy", "cola"), ("insert", Coin.DOLLAR, Coin.QUARTER), ("buy", "cola")]
for act, *args in actions:
    try:
        result = getattr(m, act)(*args)
        if result:
            print(f"{act}{tuple(a.name if isinstance(a, Coin) else a for a in args)} -> {result}")
    except NeedMoney as e:
        print(f"{act} {args[0]}: {e} (missing={e.missing})")
    except SoldOut as e:
        print(f"{act} {args[0]}: sold out: {e!s} / {e!r} code={e.code}")
    except VendError as e:
        print(f"{act}: VendError {e}; args={e.args}")
    except TypeError as e:
        print(f"{act}: TypeError {e}")
print(m.credit, {c.name: n for c, n in m.bank.items()}, m.stock)
print(isinstance(NeedMoney(1), VendError), NeedMoney.__mro__[1:3], VendError("x").code)
