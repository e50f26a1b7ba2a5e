# Functions and methods stored as attributes and called through instances.
class Handler:
    def handle(self, event):
        return f"handled {event}"


def standalone(event):
    return f"standalone {event}"


class Bus:
    def __init__(self):
        self.handlers = []
        self.fallback = standalone
        self.unbound = Handler.handle
        self.bound = Handler().handle

    def emit(self, event):
        out = [self.fallback(event), self.unbound(Handler(), event), self.bound(event)]
        for h in self.handlers:
            out.append(h(event))
        return out


bus = Bus()
bus.handlers.append(lambda e: f"lambda {e}")
bus.handlers.append(Handler().handle)
print(bus.emit("E1"))


class cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj, owner):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v


class Shape:
    def __init__(self, w, h):
        self.w, self.h = w, h

    @cached
    def area(self):
        print("computing area")
        return self.w * self.h


sh = Shape(3, 4)
print(sh.area, sh.area, Shape.area.name)


class Registry:
    def __init__(self):
        self.ops = {}

    def register(self, fn):
        self.ops[fn.__name__] = fn
        return fn


reg = Registry()


@reg.register
def double(x):
    return 2 * x


class Ops:
    @reg.register
    def triple(self, x):
        return 3 * x


print(reg.ops["double"](5), reg.ops["triple"](Ops(), 5), sorted(reg.ops))


class Strategy:
    def __init__(self, fn):
        self.fn = fn

    def run(self, *args):
        return self.fn(*args)


class Calc:
    def add(self, a, b):
        return a + b


st = Strategy(Calc.add)
print(st.run(Calc(), 2, 3), Strategy(max).run(4, 9), Strategy(Calc().add).run(1, 1))
try:
    Calc().add(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Calc.add(Calc(), 1)
except TypeError as e:
    print("TypeError:", e)
