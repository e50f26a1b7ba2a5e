"""A vending/traffic state machine driven by match statements on tuples, classes and dicts."""

from dataclasses import dataclass
from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    VENDING = auto()
    BROKEN = auto()


@dataclass(frozen=True)
class Coin:
    cents: int


@dataclass(frozen=True)
class Select:
    slot: str


@dataclass(frozen=True)
class Cmd:
    name: str
    arg: object = None


PRICES = {"A1": 125, "A2": 90, "B1": 200}
STOCK = {"A1": 2, "A2": 0, "B1": 5}


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.credit = 0
        self.sales = []

    def feed(self, event):
        match (self.state, event):
            case (State.BROKEN, Cmd("repair")):
                self.state = State.IDLE
                return "repaired"
            case (State.BROKEN, _):
                return "out of order"
            case (_, Coin(cents=c)) if c in (5, 10, 25, 100):
                self.credit += c
                self.state = State.HAS_MONEY
                return f"credit {self.credit}"
            case (_, Coin(cents=c)):
                return f"rejected coin {c}"
            case (State.HAS_MONEY, Select(slot=s)) if s not in PRICES:
                return f"no slot {s}"
            case (State.HAS_MONEY, Select(slot=s)) if STOCK[s] == 0:
                return f"{s} sold out"
            case (State.HAS_MONEY, Select(slot=s)) if self.credit < PRICES[s]:
                return f"need {PRICES[s] - self.credit} more"
            case (State.HAS_MONEY, Select(slot=s)):
                STOCK[s] -= 1
                change = self.credit - PRICES[s]
                self.credit = 0
                self.state = State.IDLE
                self.sales.append(s)
                return f"vend {s}, change {change}"
            case (State.IDLE, Select()):
                return "insert coins first"
            case (_, Cmd("refund")) if self.credit:
                c, self.credit, self.state = self.credit, 0, State.IDLE
                return f"refund {c}"
            case (_, Cmd("kick", arg=n)) if isinstance(n, int) and n > 2:
                self.state = State.BROKEN
                return "broken!"
            case (_, Cmd(name)):
                return f"ignored {name}"
            case _:
                return f"unknown event {event!r}"


def describe(msg):
    match msg:
        case {"type": "point", "x": int(x), "y": int(y)} if x == y:
            return f"diagonal point {x}"
        case {"type": "point", "x": x, "y": y, **rest}:
            return f"point ({x}, {y}) extra={rest}"
        case [int() | float() as a, *others] if others:
            return f"numbers starting {a}, {len(others)} more"
        case [str(s)]:
            return f"one string {s!r}"
        case (1, 2) | (2, 1):
            return "one-two"
        case str() as s if s.isdigit():
            return f"digits {int(s)}"
        case None | True | False:
            return f"singleton {msg}"
        case State.IDLE | State.VENDING:
            return f"state {msg.name}"
        case _:
            return f"other {type(msg).__name__}"


m = Machine()
events = [Select("A1"), Coin(3), Coin(25), Coin(100), Select("Z9"), Select("A2"), Select("B1"),
          Coin(100), Select("B1"), Coin(10), Cmd("refund"), Cmd("refund"), Cmd("kick", 1),
          Cmd("kick", 3), Coin(25), Cmd("repair"), Coin(100), Coin(25), Select("A1"), "junk",
          Coin(100), Coin(25), Select("A1"), Coin(100), Coin(25), Select("A1")]
for ev in events:
    before = m.state
    out = m.feed(ev)
    print(f"{before.name:<9} {ev!r:<22} -> {out:<22} {m.state}")
print(m.sales, STOCK, m.credit)
for msg in [{"type": "point", "x": 3, "y": 3}, {"type": "point", "x": 1, "y": 2.5, "z": 0},
            [1.5, 2, 3], [7], ["x"], (2, 1), [1, 2], "123", "12a", None, False, State.VENDING,
            State.BROKEN, {"type": "line"}]:
    print(repr(msg), "=>", describe(msg))
print(list(State), State(2), State["BROKEN"].value, State.IDLE < State.BROKEN if False else "n/a")
