# A vending machine state machine with coins, selections, change and error states.
class VendingError(Exception):
    pass
class Machine:
    COINS = {"nickel": 5, "dime": 10, "quarter": 25, "dollar": 100}
    def __init__(self, stock):
        self.stock = {k: list(v) for k, v in stock.items()}
        self.state = "idle"
        self.credit = 0
        self.bank = 0
        self.log = []
    def _go(self, state):
        self.log.append(f"{self.state}->{state}")
        self.state = state
    def insert(self, coin):
        if self.state == "maintenance":
            raise VendingError("machine in maintenance")
        if coin not in self.COINS:
            raise VendingError(f"rejected coin {coin!r}")
        self.credit += self.COINS[coin]
        if self.state == "idle":
            self._go("has_credit")
        return self.credit
    def select(self, code):
        if self.state != "has_credit":
            raise VendingError("insert coins first")
        if code not in self.stock:
            raise VendingError(f"unknown selection {code}")
        name, price, count = self.stock[code]
        if count == 0:
            raise VendingError(f"{name} sold out")
        if self.credit < price:
            raise VendingError(f"{name} costs {price}, credit {self.credit}")
        self.stock[code][2] -= 1
        self.bank += price
        change = self.credit - price
        self.credit = 0
        self._go("idle")
        return name, self.make_change(change)
    def make_change(self, amount):
        coins = []
        for coin, value in sorted(self.COINS.items(), key=lambda kv: -kv[1]):
            while amount >= value:
                coins.append(coin)
                amount -= value
        return coins
    def refund(self):
        coins = self.make_change(self.credit)
        self.credit = 0
        if self.state == "has_credit":
            self._go("idle")
        return coins
m = Machine({"A1": ["chips", 65, 2], "A2": ["candy", 80, 1], "B1": ["water", 100, 0]})
script = [("select", "A1"), ("insert", "quarter"), ("insert", "button"), ("insert", "quarter"),
          ("select", "A1"), ("insert", "dime"), ("insert", "nickel"), ("select", "A1"), ("insert", "dollar"),
          ("select", "A2"), ("insert", "dollar"), ("select", "A2"), ("select", "B1"), ("select", "Z9"),
          ("refund", None), ("insert", "dollar"), ("insert", "dollar"), ("select", "A1"), ("select", "A1")]
for action, arg in script:
    try:
        result = getattr(m, action)(arg) if arg is not None else getattr(m, action)()
        print(f"{action}({arg}) -> {result}")
    except VendingError as e:
        print(f"{action}({arg}) !! {e}")
print("state", m.state, "credit", m.credit, "bank", m.bank)
print({code: item[2] for code, item in m.stock.items()})
print(m.log)
