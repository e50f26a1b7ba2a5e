"""An event system with decorators, callbacks, priorities and error isolation."""

import functools
from collections import defaultdict


class EventBus:
    def __init__(self, name="bus"):
        self.name = name
        self.handlers = defaultdict(list)
        self.log = []

    def on(self, event, *, priority=0, once=False):
        def register(fn):
            self.handlers[event].append((priority, len(self.handlers[event]), fn, once))
            self.handlers[event].sort(key=lambda h: (-h[0], h[1]))
            return fn
        return register

    def emit(self, event, *args, **kwargs):
        results = []
        for entry in list(self.handlers.get(event, ())):
            prio, _, fn, once = entry
            try:
                results.append(fn(*args, **kwargs))
            except Exception as e:
                self.log.append(f"{event}: {fn.__name__} failed with {type(e).__name__}: {e}")
                results.append(None)
            if once:
                self.handlers[event].remove(entry)
        return results

    def __repr__(self):
        counts = {k: len(v) for k, v in self.handlers.items()}
        return f"<EventBus {self.name} {counts}>"


def logged(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            shown = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in sorted(kwargs.items())]
            print(f"{prefix} {fn.__name__}({', '.join(shown)})")
            return fn(*args, **kwargs)
        wrapper.calls = 0
        return wrapper
    return deco


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper


bus = EventBus("main")


@bus.on("login", priority=5)
@logged(">>")
def audit(user, ip="?"):
    """Record the login."""
    return f"audit:{user}@{ip}"


@bus.on("login")
@counted
def greet(user, **extra):
    return f"hello {user}" + (f" {extra}" if extra else "")


@bus.on("login", priority=10, once=True)
def first_login(user, **_):
    return f"first:{user}"


@bus.on("logout")
def bye(user):
    raise RuntimeError(f"{user} cannot leave")


@bus.on("logout", priority=-1)
def cleanup(user):
    return len(user)


class Plugin:
    registry = []

    def __init_subclass__(cls, event=None, **kw):
        super().__init_subclass__(**kw)
        if event:
            Plugin.registry.append(cls)
            bus.on(event)(cls().handle)

    def handle(self, *args, **kwargs):
        return f"{type(self).__name__}.handle{args}"


class Metrics(Plugin, event="login"):
    pass


class Silent(Plugin):
    pass


print(bus)
print(bus.emit("login", "ada", ip="10.0.0.1"))
print(bus.emit("login", "bob"))
print(bus.emit("logout", "ada"))
print(bus.emit("nothing"))
print(bus.log)
print(greet.calls, greet.__name__, greet.__wrapped__.__name__, audit.__doc__, audit.__name__, audit.calls)
print([c.__name__ for c in Plugin.registry], bus)
chain = functools.reduce(lambda f, g: lambda x: g(f(x)), [str.strip, str.lower, str.title])
print(chain("  HELLO wORLD "))
p = functools.partial(bus.emit, "login", ip="1.2.3.4")
print(p("carl"), p.args, sorted(p.keywords.items()), p.func.__name__)
handlers = sorted({fn.__name__ for hs in bus.handlers.values() for *_, fn, _o in hs})
print(handlers)
