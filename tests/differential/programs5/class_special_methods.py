"""Attribute hooks and special-method errors on classes."""


class Tracked:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


t = Tracked(1, 2)
try:
    t.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(t.__dict__)
except AttributeError as e:
    print("AttributeError:", e)
del t.y
try:
    t.y
except AttributeError as e:
    print("AttributeError:", e)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(f"get {name}")
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(f"set {name}")
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(f"del {name}")
        delattr(self._target, name)


class Plain:
    pass


target = Plain()
p = Proxy(target)
p.color = "red"
print(p.color, target.color, vars(target))
del p.color
try:
    p.color
except AttributeError as e:
    print("AttributeError:", e)
print(p._log)


class Audited:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"{name} is hidden")
        return super().__getattribute__(name)

    def __init__(self):
        self.secret_key = "k"
        self.public = "p"


a = Audited()
print(a.public, hasattr(a, "secret_key"), getattr(a, "secret_key", "denied"))


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


print(EqOnly(1) == EqOnly(1), EqOnly.__hash__)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)


class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


class BadBool:
    def __bool__(self):
        return "yes"


class BadLen:
    def __len__(self):
        return "3"


class BadIter:
    def __iter__(self):
        return 5


for label, action in [("repr", lambda: repr(BadRepr())), ("str", lambda: str(BadStr())), ("bool", lambda: bool(BadBool())),
                      ("len", lambda: len(BadLen())), ("iter", lambda: iter(BadIter())), ("call", lambda: Plain()()),
                      ("index", lambda: [1, 2][Plain()]), ("hash", lambda: hash([1])), ("int", lambda: int(Plain())),
                      ("neg", lambda: -Plain()), ("add", lambda: Plain() + 1), ("contains", lambda: 1 in Plain()),
                      ("getitem", lambda: Plain()[0]), ("setitem", lambda: Plain().__setitem__), ("next", lambda: next(Plain()))]:
    try:
        print(label, "->", action())
    except (TypeError, AttributeError) as e:
        print(label, "->", type(e).__name__ + ":", e)


class Dyn:
    def __dir__(self):
        return ["b", "a", "custom"]


print(dir(Dyn()))


class Meta:
    def __init__(self):
        self.__private = 1
        self._protected = 2

    def peek(self):
        return self.__private


m = Meta()
print(m.peek(), m._Meta__private, sorted(vars(m)))
try:
    m.__private
except AttributeError as e:
    print("AttributeError:", e)


class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")


try:
    Frozen().x = 1
except AttributeError as e:
    print("AttributeError:", e)
f = Frozen()
object.__setattr__(f, "x", 5)
print(f.x, type(f).__name__, f.__class__.__name__, f.__class__ is Frozen, isinstance(f, object))
print(Plain.__name__, Plain.__qualname__, Plain.__module__, Plain.__bases__, Plain.__doc__, Tracked.__slots__)
