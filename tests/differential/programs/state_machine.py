from enum import Enum
from collections import defaultdict


class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    STOPPED = "stopped"


class TransitionError(Exception):
    def __init__(self, state, event):
        self.state = state
        self.event = event
        super().__init__(f"cannot {event!r} from {state.value}")


TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "stop"): State.STOPPED,
    (State.PAUSED, "stop"): State.STOPPED,
}


class Machine:
    def __init__(self, name):
        self.name = name
        self.state = State.IDLE
        self.log = []
        self.listeners = defaultdict(list)

    def on(self, state):
        def register(fn):
            self.listeners[state].append(fn)
            return fn
        return register

    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise TransitionError(self.state, event)
        old, self.state = self.state, TRANSITIONS[key]
        self.log.append((old.name, event, self.state.name))
        for fn in self.listeners[self.state]:
            fn(self, old)
        return self.state


m = Machine("job")
seen = []


@m.on(State.RUNNING)
def announce(machine, old):
    print(f"{machine.name}: {old.value} -> running")


@m.on(State.STOPPED)
def final(machine, old):
    seen.append(old)
    print("stopped after", len(machine.log), "transitions")


for ev in ["start", "pause", "pause", "resume", "stop", "start"]:
    try:
        print(ev, "=>", m.fire(ev))
    except TransitionError as e:
        print("error:", e, "| state stays", e.state)
print(m.log)
print(seen, State("paused"), State.RUNNING.value)
try:
    State("flying")
except ValueError as e:
    print("ValueError:", e)


def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    inc.reset = reset
    return inc


c1 = make_counter()
c2 = make_counter(100, -10)
print(c1(), c1(), c2(), c2(), c1())
c1.reset()
print(c1(), c1.__name__)

adders = [lambda x, i=i: x + i for i in range(4)]
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in adders], [f(10) for f in late])


def memoize(fn):
    cache = {}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        else:
            print("  (cached)", fn.__name__, args)
        return cache[key]

    wrapper.cache = cache
    return wrapper


@memoize
def slow_add(a, b=0, *, scale=1):
    return (a + b) * scale


print(slow_add(1, 2), slow_add(1, 2), slow_add(1, b=2), slow_add(1, 2, scale=3), len(slow_add.cache))


def describe(*args, sep=", ", **kwargs):
    parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
    return sep.join(parts)


print(describe(1, "two", [3], key="v", n=None))
print(describe(*range(3), sep="|", **{"x": 1, "y": (2,)}))
args = (1, 2)
kw = {"scale": 5}
print(slow_add(*args, **kw))


def kwonly(a, /, b, *, c=3):
    return a, b, c


print(kwonly(1, 2), kwonly(1, b=5, c=6))
try:
    kwonly(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    describe(sep=1)
except TypeError as e:
    print("TypeError:", e)
try:
    make_counter(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(1, 2, d=4)
except TypeError as e:
    print("TypeError:", e)
m.fire("resume")
