from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    STOPPED = auto()


class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot {event} while {state.name}")
        self.state = state
        self.event = event


TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "stop"): State.STOPPED,
    (State.PAUSED, "stop"): State.STOPPED,
    (State.STOPPED, "reset"): State.IDLE,
}


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.listeners = []
        self.ticks = 0

    def on(self, fn):
        self.listeners.append(fn)
        return fn

    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(self.state, event)
        old, self.state = self.state, TRANSITIONS[key]
        for fn in self.listeners:
            fn(old, self.state, event)

    def tick(self):
        if self.state is State.RUNNING:
            self.ticks += 1


m = Machine()
log = []


@m.on
def record(old, new, event):
    log.append(f"{old.name}->{new.name} on {event}")


@m.on
def announce(old, new, event):
    if new is State.STOPPED:
        print(f"machine stopped after {m.ticks} ticks")


events = ["start", "tick", "tick", "pause", "tick", "resume", "tick", "start", "stop", "resume", "reset", "start"]
for ev in events:
    try:
        if ev == "tick":
            m.tick()
        else:
            m.fire(ev)
    except InvalidTransition as e:
        print("error:", e, "|", e.state, e.event)
print("\n".join(log))
print(m.state, m.ticks, State.RUNNING.value, State["PAUSED"], list(State)[-1])
table = {}
for (src, ev), dst in TRANSITIONS.items():
    table.setdefault(src.name, []).append(f"{ev}->{dst.name}")
for k, v in table.items():
    print(f"{k:<8}: {', '.join(v)}")


def traffic_light(n):
    colors = ["green", "yellow", "red"]
    durations = {"green": 3, "yellow": 1, "red": 2}
    i = t = 0
    timeline = []
    while len(timeline) < n:
        c = colors[i % 3]
        timeline.extend([c[0].upper()] * durations[c])
        i += 1
    return "".join(timeline[:n])


print(traffic_light(20))


def vending(coins, price=75):
    inserted = 0
    for c in coins:
        match c:
            case 5 | 10 | 25:
                inserted += c
            case 100:
                inserted += c
                print("  dollar accepted")
            case _:
                print(f"  rejected {c!r}")
                continue
        if inserted >= price:
            change = inserted - price
            return f"vend! change={change}"
    return f"insufficient: {inserted}/{price}"


print(vending([25, 25, 3, 10, 25]))
print(vending([100]))
print(vending([5, "x", 10]))
