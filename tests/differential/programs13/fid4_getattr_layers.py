# A config proxy built with __getattr__ / __getattribute__ / __setattr__ / __delattr__ / __dir__.
class Settings:
    defaults = {"debug": False, "level": 3}
    def __init__(self, **values):
        object.__setattr__(self, "_values", dict(values))
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(f"miss:{name}")
        if name in self.defaults:
            return self.defaults[name]
        raise AttributeError(f"no setting {name!r}")
    def __setattr__(self, name, value):
        self.log.append(f"set:{name}")
        self._values[name] = value
    def __delattr__(self, name):
        self.log.append(f"del:{name}")
        if name not in self._values:
            raise AttributeError(name)
        del self._values[name]
    def __dir__(self):
        return sorted(set(self._values) | set(self.defaults))
s = Settings(host="localhost")
print(s.debug, s.level)
s.level = 5
print(s._values, getattr(s, "missing", "fallback"), hasattr(s, "nope"))
try:
    s.port
except AttributeError as e:
    print("AttributeError:", e)
del s.level
try:
    del s.level
except AttributeError as e:
    print("AttributeError:", e)
print(dir(s), s.log)

class Audited:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"{name} is hidden")
        value = object.__getattribute__(self, name)
        if isinstance(value, int):
            return value * 10
        return value
    def __getattr__(self, name):
        return f"<fallback {name}>"
a = Audited()
a.secret_key = 9
print(a.x, a.secret_key, a.nothing, getattr(a, "secret2", "dflt"), a.__class__.__name__)

class Lazy:
    def __init__(self):
        self.loads = 0
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        self.loads += 1
        value = f"loaded-{name}"
        setattr(self, name, value)
        return value
lz = Lazy()
print(lz.alpha, lz.alpha, lz.beta, lz.loads, sorted(vars(lz)))
import copy
lz2 = copy.copy(lz)
print(lz2.alpha, lz2.loads)

class Vec:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"Vec{self.c}"
    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*(a * k for a in self.c))
        return NotImplemented
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    __hash__ = None
    def __neg__(self):
        return self * -1
    def __iadd__(self, o):
        print("  iadd")
        return self + o
print(Vec(1, 2) + Vec(3, 4), 2 * Vec(1, 1), Vec(1, 1) * 0.5, sum([Vec(1, 0), Vec(0, 1)]), -Vec(3, -3))
v = Vec(1, 1)
v += Vec(1, 1)
print(v)
for f in [lambda: Vec(1) + 1, lambda: 1 + Vec(1), lambda: Vec(1) * "s", lambda: "s" * Vec(1),
          lambda: Vec(1) - Vec(1), lambda: Vec(1) < Vec(2), lambda: hash(Vec(1)), lambda: Vec(1) @ Vec(1),
          lambda: Vec(1) ** 2, lambda: divmod(Vec(1), 2), lambda: abs(Vec(1))]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(Vec(1) == Vec(1), Vec(1) != Vec(2), Vec(1) == "v", Vec(1).__eq__(3), Vec(1).__add__(3))
class Left:
    def __eq__(self, o):
        print("  Left.__eq__")
        return NotImplemented
class Right:
    def __eq__(self, o):
        print("  Right.__eq__")
        return NotImplemented
print(Left() == Right(), Left() != Right())
class Base:
    def __lt__(self, o):
        return "Base.__lt__"
class Derived(Base):
    def __gt__(self, o):
        return "Derived.__gt__"
print(Base() < Derived(), Derived() < Base())
