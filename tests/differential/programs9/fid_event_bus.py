"""An event bus with decorator registration, __call__, class decorators and static/class methods."""
from collections import defaultdict
import functools
import inspect


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)
        self.log = []

    def on(self, event, *, priority=0):
        def register(fn):
            self._handlers[event].append((priority, len(self._handlers[event]), fn))
            self._handlers[event].sort(key=lambda t: (-t[0], t[1]))
            return fn
        return register

    def emit(self, event, **payload):
        results = []
        for prio, _, fn in self._handlers.get(event, []):
            try:
                r = fn(**payload)
            except StopPropagation as stop:
                self.log.append(f"{event}: stopped by {fn.__name__} ({stop})")
                break
            except Exception as e:
                self.log.append(f"{event}: {fn.__name__} failed with {e!r}")
                continue
            results.append(r)
        return results

    def __call__(self, event, **payload):
        return self.emit(event, **payload)

    def __contains__(self, event):
        return bool(self._handlers.get(event))


class StopPropagation(Exception):
    pass


bus = EventBus()


@bus.on("order")
def charge(item, qty, **_):
    return f"charged {qty} x {item}"


@bus.on("order", priority=10)
def validate(item, qty, **_):
    if qty <= 0:
        raise StopPropagation(f"bad qty {qty}")
    return "valid"


@bus.on("order", priority=-5)
def ship(item, qty, address=None):
    if address is None:
        raise LookupError("no address")
    return f"shipped to {address}"


print(bus("order", item="book", qty=2, address="Main St 1"))
print(bus("order", item="pen", qty=0))
print(bus.emit("order", item="cup", qty=1))
print(bus.emit("unknown"), "order" in bus, "refund" in bus)
print(*bus.log, sep="\n")


def singleton(cls):
    instances = {}

    @functools.wraps(cls, updated=())
    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get


@singleton
class Config:
    def __init__(self, env="dev"):
        self.env = env


a, b = Config("prod"), Config("test")
print(a is b, a.env, Config.__name__)


def add_repr(cls):
    fields = list(inspect.signature(cls.__init__).parameters)[1:]

    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    return cls


@add_repr
class Point:
    instances = 0

    def __init__(self, x, y=0):
        self.x, self.y = x, y
        Point.instances += 1

    @staticmethod
    def origin_distance(x, y):
        return (x * x + y * y) ** 0.5

    @classmethod
    def from_str(cls, s):
        return cls(*map(int, s.split(",")))

    def dist(self):
        return self.origin_distance(self.x, self.y)


p = Point.from_str("3,4")
print(p, Point(1), p.dist(), Point.origin_distance(6, 8), Point.instances)


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, *args):
        self.n += 1
        return self.n


c = Counter()
print([c() for _ in range(3)], callable(c), callable(p), list(map(c, "ab")))


class Memo:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn, self.cache = fn, {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def tri(n):
    "Triangular numbers."
    return n if n < 2 else n + tri(n - 1)


print(tri(50), len(tri.cache), tri.__name__, tri.__doc__)
