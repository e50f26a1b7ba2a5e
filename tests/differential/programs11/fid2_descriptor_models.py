class Field:
    counter = 0

    def __init__(self, kind, default=None, *, minimum=None):
        self.kind = kind
        self.default = default
        self.minimum = minimum
        Field.counter += 1
        self.order = Field.counter

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}")
        setattr(obj, self.private, value)

    def __repr__(self):
        return f"Field({self.name!r}, {self.kind.__name__})"


class ModelMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        fields = [v for v in ns.values() if isinstance(v, Field)]
        inherited = [f for b in bases for f in getattr(b, "_fields", [])]
        cls._fields = inherited + sorted(fields, key=lambda f: f.order)
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__} {[f.name for f in cls._fields]}>"


class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        for f in self._fields:
            if f.name in kw:
                setattr(self, f.name, kw.pop(f.name))
        if kw:
            raise TypeError(f"unknown fields: {', '.join(sorted(kw))}")

    def __repr__(self):
        args = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in self._fields)
        return f"{type(self).__name__}({args})"


class Product(Model):
    name = Field(str, "?")
    price = Field(float, 0.0, minimum=0.0)
    stock = Field(int, 0, minimum=0)

    @property
    def value(self):
        return self.price * self.stock

    @value.setter
    def value(self, v):
        self.price = v / self.stock

    @value.deleter
    def value(self):
        print("  resetting", self.name)
        self.stock = 0


class Perishable(Product):
    days = Field(int, 7)

    def __getattr__(self, attr):
        if attr.startswith("is_"):
            return self.days < int(attr[3:]) if attr[3:].isdigit() else False
        raise AttributeError(f"{type(self).__name__!r} has no {attr!r}")


print(Product, Perishable, Product.price, Product.__dict__["stock"].minimum)
p = Product(name="lamp", price=19.5, stock=4)
print(p, p.value)
p.value = 100.0
print(p.price, vars(p))
del p.value
print(p)
q = Perishable(name="milk", price=1.2, days=3)
print(q, q.is_5, q.is_2, q.is_x)
for bad in [dict(price=-1.0), dict(stock="3"), dict(colour="red"), dict(days=1.5)]:
    try:
        Perishable(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    q.missing
except AttributeError as e:
    print("AttributeError", e)


class Temperature:
    def __init__(self, c):
        self._c = c

    celsius = property(lambda self: self._c, doc="degrees C")

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    def __setattr__(self, name, value):
        if name == "_c" and value < -273.15:
            raise ValueError("below absolute zero")
        object.__setattr__(self, name, value)


t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__, type(Temperature.fahrenheit).__name__)
try:
    t.celsius = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    Temperature(-300)
except ValueError as e:
    print("ValueError", e)
print(getattr(t, "kelvin", "n/a"), hasattr(t, "celsius"), sorted(k for k in vars(t)))
