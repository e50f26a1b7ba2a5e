# An observer/event-bus system using decorators, closures and callbacks.
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.history = []
    def on(self, event, priority=0):
        def register(fn):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), fn))
            self.handlers[event].sort(key=lambda t: (-t[0], t[1]))
            return fn
        return register
    def off(self, event, fn):
        before = len(self.handlers.get(event, []))
        self.handlers[event] = [h for h in self.handlers.get(event, []) if h[2] is not fn]
        return before - len(self.handlers[event])
    def emit(self, event, **payload):
        self.history.append(event)
        results = []
        for _, _, fn in self.handlers.get(event, []) + self.handlers.get("*", []):
            try:
                r = fn(event=event, **payload)
            except StopPropagation as stop:
                results.append(f"stopped by {fn.__name__}: {stop}")
                break
            except Exception as e:
                results.append(f"{fn.__name__} failed: {type(e).__name__}: {e}")
                continue
            if r is not None:
                results.append(r)
        return results
class StopPropagation(Exception):
    pass
bus = EventBus()
audit = []
@bus.on("login")
def greet(event, user, **_):
    return f"welcome {user}"
@bus.on("login", priority=10)
def check_banned(event, user, **_):
    if user == "mallory":
        raise StopPropagation("banned user")
@bus.on("login", priority=-5)
def count_logins(event, user, **_):
    count_logins.total = getattr(count_logins, "total", 0) + 1
    return f"login #{count_logins.total}"
@bus.on("*")
def audit_all(event, **payload):
    audit.append((event, tuple(sorted(payload))))
@bus.on("purchase")
def charge(event, user, amount, **_):
    if amount <= 0:
        raise ValueError(f"bad amount {amount}")
    return f"charged {user} {amount:.2f}"
def make_threshold_alert(limit):
    @bus.on("purchase", priority=1)
    def alert(event, amount, **_):
        if amount > limit:
            return f"ALERT: {amount} > {limit}"
    return alert
alert = make_threshold_alert(100)
print(bus.emit("login", user="alice"))
print(bus.emit("login", user="mallory"))
print(bus.emit("login", user="bob"))
print(bus.emit("purchase", user="alice", amount=250))
print(bus.emit("purchase", user="bob", amount=-1))
print(bus.emit("logout", user="alice"))
print("removed", bus.off("purchase", alert), "and", bus.off("purchase", alert))
print(bus.emit("purchase", user="cid", amount=500))
print(bus.history)
print(audit)
print({k: [fn.__name__ for _, _, fn in v] for k, v in bus.handlers.items()})
