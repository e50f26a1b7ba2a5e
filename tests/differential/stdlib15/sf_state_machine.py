"""Order workflow state machine: enum + dataclasses + typing + functools + logging."""
import enum
import functools
import logging
import sys
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname).1s %(name)s: %(message)s")
log = logging.getLogger("orders")

class State(enum.Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    def __str__(self):
        return self.value.upper()

class Event(enum.IntEnum):
    PAY = 1
    SHIP = 2
    DELIVER = 3
    CANCEL = 4

class Flags(enum.Flag):
    NONE = 0
    GIFT = enum.auto()
    EXPRESS = enum.auto()
    FRAGILE = enum.auto()

TRANSITIONS: Dict[Tuple[State, Event], State] = {
    (State.NEW, Event.PAY): State.PAID,
    (State.NEW, Event.CANCEL): State.CANCELLED,
    (State.PAID, Event.SHIP): State.SHIPPED,
    (State.PAID, Event.CANCEL): State.CANCELLED,
    (State.SHIPPED, Event.DELIVER): State.DELIVERED,
}

class TransitionError(Exception):
    def __init__(self, order, event):
        super().__init__(f"order {order.id}: cannot {event.name.lower()} when {order.state}")
        self.order, self.event = order, event

@dataclass
class Order:
    id: int
    items: List[str]
    flags: Flags = Flags.NONE
    state: State = State.NEW
    history: List[Tuple[State, Event]] = field(default_factory=list, repr=False)
    def fire(self, event: Event) -> "Order":
        nxt = TRANSITIONS.get((self.state, event))
        if nxt is None:
            raise TransitionError(self, event)
        log.debug("%d: %s --%s--> %s", self.id, self.state, event.name, nxt)
        self.history.append((self.state, event))
        self.state = nxt
        return self

@functools.lru_cache(maxsize=None)
def reachable(state: State) -> frozenset:
    out = {state}
    for (s, _e), t in TRANSITIONS.items():
        if s is state:
            out |= reachable(t)
    return frozenset(out)

orders = [Order(1, ["book"]), Order(2, ["vase"], Flags.FRAGILE | Flags.GIFT), Order(3, ["pen", "ink"], Flags.EXPRESS)]
orders[0].fire(Event.PAY).fire(Event.SHIP).fire(Event.DELIVER)
orders[1].fire(Event.PAY)
for o, e in [(orders[1], Event.DELIVER), (orders[2], Event.SHIP), (orders[0], Event.CANCEL)]:
    try:
        o.fire(e)
    except TransitionError as err:
        log.warning("%s", err)
orders[2].fire(Event.CANCEL)
for o in orders:
    print(o, [(s.name, e.name) for s, e in o.history], o.flags, repr(o.flags), Flags.GIFT in o.flags)
print(sorted(s.name for s in reachable(State.NEW)), reachable.cache_info().currsize)
print([str(s) for s in State], list(Event), Event.SHIP + 1, Event(3), State("paid"), State["SHIPPED"].value)
print(Flags.GIFT | Flags.EXPRESS, ~Flags.GIFT, Flags(3), Flags(0), [f.name for f in Flags], len(Flags))
counts = functools.reduce(lambda acc, o: {**acc, o.state.name: acc.get(o.state.name, 0) + 1}, orders, {})
print(counts)
handlers: Dict[State, Callable[[Order], str]] = {State.DELIVERED: lambda o: "thank-you email", State.CANCELLED: lambda o: "refund"}
print([handlers.get(o.state, lambda o: "wait")(o) for o in orders])
class Priority(enum.IntEnum):
    LOW = enum.auto()
    HIGH = enum.auto()
    @classmethod
    def of(cls, o: Order) -> "Priority":
        return cls.HIGH if Flags.EXPRESS in o.flags else cls.LOW
print(sorted(orders, key=Priority.of, reverse=True)[0].id, Priority.of(orders[2]), format(Priority.HIGH, "03d"))
print(State.__members__.keys(), State.PAID in {State.PAID}, State.NEW is State("new"), type(State.NEW).__name__)
