from enum import Enum, auto
from dataclasses import dataclass, field
from decimal import Decimal


class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    VENDING = auto()
    OUT_OF_SERVICE = auto()


class VendError(Exception):
    pass


@dataclass
class Slot:
    name: str
    price: Decimal
    count: int


@dataclass
class Machine:
    slots: dict
    state: State = State.IDLE
    credit: Decimal = Decimal("0.00")
    bank: dict = field(default_factory=lambda: {Decimal("1.00"): 5, Decimal("0.25"): 10, Decimal("0.10"): 10, Decimal("0.05"): 10})
    transcript: list = field(default_factory=list)

    ACCEPTED = (Decimal("1.00"), Decimal("0.25"), Decimal("0.10"), Decimal("0.05"))

    def handle(self, cmd, *args):
        match (self.state, cmd):
            case (State.OUT_OF_SERVICE, "service"):
                self.state = State.IDLE
                return "back in service"
            case (State.OUT_OF_SERVICE, _):
                raise VendError("machine out of service")
            case (State.IDLE | State.HAS_MONEY, "coin"):
                coin = Decimal(args[0])
                if coin not in self.ACCEPTED:
                    return f"rejected {coin}"
                self.credit += coin
                self.bank[coin] += 1
                self.state = State.HAS_MONEY
                return f"credit {self.credit}"
            case (State.HAS_MONEY, "select"):
                code = args[0]
                slot = self.slots.get(code)
                if slot is None:
                    raise VendError(f"no slot {code!r}")
                if slot.count == 0:
                    return f"{slot.name} sold out"
                if self.credit < slot.price:
                    return f"insert {slot.price - self.credit} more"
                self.state = State.VENDING
                slot.count -= 1
                change = self.make_change(self.credit - slot.price)
                self.credit = Decimal("0.00")
                self.state = State.IDLE
                if all(s.count == 0 for s in self.slots.values()):
                    self.state = State.OUT_OF_SERVICE
                return f"vend {slot.name}, change {change}"
            case (State.IDLE, "select"):
                return "insert money first"
            case (State.HAS_MONEY, "refund"):
                change = self.make_change(self.credit)
                self.credit = Decimal("0.00")
                self.state = State.IDLE
                return f"refund {change}"
            case (_, "kick"):
                self.state = State.OUT_OF_SERVICE
                return "ouch"
            case (state, other):
                raise VendError(f"cannot {other} while {state.name.lower()}")

    def make_change(self, amount):
        out = []
        for coin in sorted(self.bank, reverse=True):
            while amount >= coin and self.bank[coin] > 0:
                amount -= coin
                self.bank[coin] -= 1
                out.append(str(coin))
        if amount:
            out.append(f"IOU {amount}")
        return out


m = Machine({"A1": Slot("chips", Decimal("1.25"), 2), "B2": Slot("soda", Decimal("1.60"), 1)})
script = [
    ("select", "A1"), ("coin", "1.00"), ("select", "A1"), ("coin", "0.50"), ("coin", "0.25"), ("coin", "0.25"),
    ("select", "A1"), ("coin", "1.00"), ("coin", "1.00"), ("select", "B2"), ("refund",), ("coin", "0.05"),
    ("select", "Z9"), ("refund",), ("refund",), ("coin", "1.00"), ("coin", "0.25"), ("select", "A1"), ("coin", "0.10"),
    ("kick",), ("coin", "0.25"), ("service",), ("coin", "0.25"), ("select", "B2"),
]
for step in script:
    try:
        result = m.handle(*step)
    except VendError as e:
        result = f"ERROR {e}"
    m.transcript.append((step[0], m.state.name))
    print(f"{' '.join(step):<12} -> {result:<40} [{m.state.name}, credit={m.credit}]")
print({k: v for k, v in m.bank.items()})
print([(s.name, s.count) for s in m.slots.values()], m.transcript[-3:])
