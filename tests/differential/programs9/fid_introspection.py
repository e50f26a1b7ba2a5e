"""Object introspection in scripts: getattr/setattr, __dict__, descriptors, __getattr__, type()."""


class Validated:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.name, value)


class Positive(Validated):
    def validate(self, value):
        if not isinstance(value, (int, float)) or value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value!r}")


class NonEmpty(Validated):
    def validate(self, value):
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{self.public} must be a non-empty string")


class Product:
    name = NonEmpty()
    price = Positive()
    qty = Positive()

    def __init__(self, name, price, qty=1):
        self.name, self.price, self.qty = name, price, qty

    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, {self.qty})"


p = Product("lamp", 19.5, 2)
print(p, vars(p), sorted(p.__dict__), type(Product.__dict__["price"]).__name__, Product.price.public)
for attr, bad in [("price", -1), ("name", "  "), ("qty", "3")]:
    try:
        setattr(p, attr, bad)
    except ValueError as e:
        print("ValueError:", e)
print(getattr(p, "price"), getattr(p, "color", "n/a"), hasattr(p, "qty"), hasattr(p, "nope"))


class Record:
    def __init__(self, **fields):
        self.__dict__["_fields"] = dict(fields)

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private")
        self._fields[name] = value

    def __delattr__(self, name):
        del self._fields[name]

    def __dir__(self):
        return sorted(self._fields)


r = Record(a=1, b="two")
r.c = [3]
print(r.a, r.b, r.c, dir(r), getattr(r, "zz", None))
del r.a
try:
    r.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    r._x = 1
except AttributeError as e:
    print("AttributeError:", e)

Dyn = type("Dyn", (Product,), {"discount": 0.1, "final": lambda self: round(self.price * (1 - self.discount), 2)})
d = Dyn("chair", 80, 1)
print(Dyn.__name__, Dyn.__bases__[0].__name__, d.final(), isinstance(d, Product), type(d) is Dyn, Dyn.__mro__[-1])


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


s = Slotted(1)
print(hasattr(s, "__dict__"), hasattr(s, "y"), Slotted.__slots__)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.y)
except AttributeError as e:
    print("AttributeError:", e)


class Meta(type):
    registry = []

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry.append(name)
        return cls


class PluginBase(metaclass=Meta):
    pass


class CsvPlugin(PluginBase):
    pass


print(Meta.registry, type(CsvPlugin).__name__, isinstance(CsvPlugin, Meta))
print(type(3), type("s").__name__, type(None).__name__, type(len).__name__, type(p.__repr__).__name__, type(Product).__name__)
print(Product.__name__, Product.__qualname__, Product.__module__, p.__class__.__name__, Product.__init__.__name__)
print(callable(getattr(p, "__repr__")), [k for k in vars(Product) if not k.startswith("__")])
print(isinstance(p, (int, Product)), issubclass(bool, int), issubclass(Dyn, (str, Product)), id(p) == id(p))
obj = object()
try:
    obj.x = 1
except AttributeError as e:
    print("AttributeError:", e)
ns = type("NS", (), {})()
ns.anything = 5
print(ns.anything, getattr(ns, "anything"), vars(ns))
print(delattr(ns, "anything"), vars(ns))
