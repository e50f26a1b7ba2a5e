# Class attributes vs instance attributes, shared mutable class state.
class Counter:
    instances = 0
    shared = []
    label = "class-label"
    def __init__(self, name):
        Counter.instances += 1
        self.name = name
        self.own = []
    def add(self, v):
        self.shared.append(v)
        self.own.append(v)
a, b = Counter("a"), Counter("b")
a.add(1)
b.add(2)
print(Counter.instances, a.shared, b.shared, a.own, b.own, a.shared is Counter.shared)
a.label = "instance-label"
print(a.label, b.label, Counter.label)
del a.label
print(a.label)
a.instances = 99
print(a.instances, b.instances, Counter.instances)
Counter.label = "changed"
print(a.label, b.label)
try:
    del b.label
except AttributeError as e:
    print("AttributeError", e)
try:
    print(a.nonexistent)
except AttributeError as e:
    print("AttributeError", e)
try:
    print(Counter.nonexistent)
except AttributeError as e:
    print("AttributeError", e)
a.dynamic = "added later"
print(a.dynamic, hasattr(b, "dynamic"), sorted(a.__dict__), sorted(k for k in Counter.__dict__ if not k.startswith("__")))
class Config:
    debug = False
    level = 1
    def enable(self):
        self.debug = True
c1, c2 = Config(), Config()
c1.enable()
print(c1.debug, c2.debug, Config.debug, vars(c1), vars(c2))
class Empty:
    pass
e = Empty()
e.x = 1
e.y = [e.x]
setattr(e, "z", 3)
print(e.x, e.y, getattr(e, "z"), vars(e))
print(type(e) is Empty, e.__class__ is Empty, e.__class__.__name__)
