# A vending/traffic state machine built with Enum, dicts of transitions and a small event queue.
from enum import Enum, auto, IntEnum, Flag
from collections import deque


class Light(Enum):
    RED = "red"
    GREEN = "green"
    YELLOW = "yellow"

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]


class Event(Enum):
    TIMER = auto()
    BUTTON = auto()
    FAULT = auto()
    RESET = auto()


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Perm(Flag):
    R = 4
    W = 2
    X = 1


class InvalidTransition(Exception):
    pass


class Controller:
    DURATIONS = {Light.RED: 30, Light.GREEN: 25, Light.YELLOW: 5}

    def __init__(self):
        self.state = Light.RED
        self.blinking = False
        self.elapsed = 0
        self.history = [self.state]

    def handle(self, event):
        if self.blinking and event is not Event.RESET:
            raise InvalidTransition(f"{event.name} ignored while blinking")
        match event:
            case Event.TIMER:
                self.elapsed += self.DURATIONS[self.state]
                self.state = self.state.next()
            case Event.BUTTON if self.state is Light.GREEN:
                self.state = Light.YELLOW
            case Event.BUTTON:
                raise InvalidTransition(f"button does nothing when {self.state.value}")
            case Event.FAULT:
                self.blinking = True
            case Event.RESET:
                self.blinking = False
                self.state = Light.RED
        self.history.append(self.state)
        return self.state


c = Controller()
events = deque([Event.TIMER, Event.BUTTON, Event.TIMER, Event.BUTTON, Event.FAULT, Event.TIMER, Event.RESET, Event.TIMER])
while events:
    ev = events.popleft()
    try:
        s = c.handle(ev)
        print(f"{ev.name:<7} -> {s.name:<6} ({s.value}) t={c.elapsed}")
    except InvalidTransition as e:
        print(f"{ev.name:<7} !! {e}")
print([s.name[0] for s in c.history])
print(Light("green"), Light["YELLOW"], repr(Light.RED), Light.RED.name, Light.GREEN in Light)
print(list(Event), Event.FAULT.value, len(Event))
print(Priority.HIGH > Priority.LOW, Priority.NORMAL + 1, sorted([Priority.HIGH, Priority.LOW, 2]))
print(int(Priority.HIGH), f"{Priority.NORMAL}", str(Priority.LOW), repr(Priority.LOW))
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.X & rw), rw.value)
try:
    Light("blue")
except ValueError as e:
    print("ValueError:", e)
try:
    Light["BLUE"]
except KeyError as e:
    print("KeyError:", e)
counts = {}
for s in c.history:
    counts[s] = counts.get(s, 0) + 1
print({k.name: v for k, v in counts.items()})
print(Light.RED == "red", Light.RED.value == "red", Light.RED is Light("red"))
print({Light.RED: 1}[Light("red")], hash(Light.RED) == hash(Light.RED))
members = {name: m.value for name, m in Priority.__members__.items()}
print(members)
