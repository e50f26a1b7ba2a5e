# A plugin registry built three ways: a metaclass with __prepare__/__new__/__call__, __init_subclass__
# with keyword arguments, and decorators with arguments; plus abstract hooks and introspection.
from collections import OrderedDict


class RegistryMeta(type):
    registry = {}
    creation_log = []

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        RegistryMeta.creation_log.append(f"prepare {name} kw={sorted(kw)}")
        return OrderedDict()

    def __new__(mcls, name, bases, ns, **kw):
        ns["declared_order"] = [k for k in ns if not k.startswith("__")]
        cls = super().__new__(mcls, name, bases, dict(ns))
        if bases:
            key = kw.get("key", name.lower())
            if key in mcls.registry:
                raise TypeError(f"duplicate plugin key {key!r} ({mcls.registry[key].__name__} vs {name})")
            mcls.registry[key] = cls
        RegistryMeta.creation_log.append(f"new {name}")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.priority = kw.get("priority", 50)

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.serial = len(RegistryMeta.creation_log)
        return inst

    def __repr__(cls):
        return f"<plugin {cls.__name__} p={cls.priority}>"

    def __len__(cls):
        return len(cls.declared_order)


class Plugin(metaclass=RegistryMeta):
    def run(self, text):
        raise NotImplementedError(f"{type(self).__name__}.run")


class Upper(Plugin, key="up", priority=10):
    def run(self, text):
        return text.upper()
    helper = 1


class Reverse(Plugin):
    z_attr = 0
    def run(self, text):
        return text[::-1]


class Broken(Plugin, priority=99):
    pass


print(sorted(RegistryMeta.registry), RegistryMeta.creation_log)
print(Upper.declared_order, Reverse.declared_order, len(Upper), len(Plugin), repr(Upper), Reverse, type(Upper).__name__)
print(sorted(RegistryMeta.registry.values(), key=lambda c: c.priority))
try:
    class Again(Plugin, key="up"):
        pass
except TypeError as e:
    print("TypeError:", e)
u = Upper()
print(u.run("abc"), u.serial, isinstance(u, Plugin), isinstance(Upper, RegistryMeta), type(u).__mro__[1].__name__)
try:
    Broken().run("x")
except NotImplementedError as e:
    print("NotImplementedError:", e)


class Command:
    commands = {}

    def __init_subclass__(cls, /, name=None, aliases=(), **kwargs):
        super().__init_subclass__(**kwargs)
        cls.name = name or cls.__name__.lower()
        for n in (cls.name, *aliases):
            Command.commands[n] = cls

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Add(Command, aliases=("plus", "+")):
    def __call__(self, a, b):
        return a + b


class Mul(Command, name="times", aliases=("*",)):
    def __call__(self, a, b):
        return a * b


class Pow(Mul, name="pow"):
    def __call__(self, a, b):
        return a ** b


print(sorted((k, v.__name__) for k, v in Command.commands.items()))
for cmd, a, b in [("plus", 2, 3), ("*", 4, 5), ("times", "ab", 3), ("pow", 2, 10), ("+", [1], [2])]:
    c = Command.commands[cmd]()
    print(repr(c), c(a, b))
print(Pow.name, Mul.name, Pow.__mro__[1].name, issubclass(Pow, Command))
HOOKS = {}


def hook(event, *, order=0):
    def deco(fn):
        HOOKS.setdefault(event, []).append((order, fn.__name__, fn))
        HOOKS[event].sort(key=lambda t: (t[0], t[1]))
        fn.hook_event = event
        return fn
    return deco


@hook("save", order=2)
def audit(doc):
    return f"audit:{doc}"


@hook("save")
def validate(doc):
    if not doc:
        raise ValueError("empty document")
    return f"valid:{doc}"


@hook("save", order=-1)
def normalize(doc):
    return f"norm:{doc.strip()}"


@hook("load")
def decode(doc):
    return doc[::-1]


def fire(event, doc):
    results = []
    for order, name, fn in HOOKS.get(event, []):
        try:
            results.append(fn(doc))
        except ValueError as e:
            results.append(f"{name} failed: {e}")
    return results


print(fire("save", " report "), fire("save", ""), fire("load", "olleh"), fire("none", 1))
print(audit.hook_event, [n for _, n, _ in HOOKS["save"]], audit("x"), audit.__name__)
Dyn = RegistryMeta("Dyn", (Plugin,), {"run": lambda self, t: t * 2}, key="dyn", priority=5)
print(Dyn().run("ab"), repr(Dyn), "dyn" in RegistryMeta.registry, Dyn.declared_order, RegistryMeta.creation_log[-2:])
