# __getattr__, __getattribute__, __setattr__, __delattr__.
class Dynamic:
    real = "real attribute"
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dynamic()
print(d.real, d.get_foo(), getattr(d, "get_bar")(), hasattr(d, "get_x"), hasattr(d, "other"))
try:
    d.other
except AttributeError as e:
    print("AttributeError", e)
print(getattr(d, "other", "fallback"))
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = [2]
r.a += 5
del r.b
print(r.log, r.a, hasattr(r, "b"))
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("proxy lookup", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1))
class Tracer:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
t = Tracer()
print(t.x, t.secret)
try:
    t.missing
except AttributeError as e:
    print("AttributeError", e)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}: frozen")
f = Frozen(5)
try:
    f.v = 6
except AttributeError as e:
    print("AttributeError", e)
print(f.v)
class Defaults:
    def __getattr__(self, name):
        return None
dd = Defaults()
dd.set_value = 3
print(dd.anything, dd.set_value, getattr(dd, "zzz", "unused default"))
