"""Typed fields via descriptors: __set_name__, __get__, __set__, __delete__."""


class Field:
    def __init__(self, kind, *, default=None, minimum=None):
        self.kind = kind
        self.default = default
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.public}={value!r} is below {self.minimum}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print(f"  resetting {self.public}")
        delattr(obj, self.private)

    def __repr__(self):
        return f"<Field {self.public}: {self.kind.__name__}>"


class ReadOnly:
    """A non-data descriptor: instance dict wins."""

    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value


class Product:
    name = Field(str, default="?")
    price = Field(float, default=0.0, minimum=0.0)
    qty = Field(int, default=0, minimum=0)

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    @ReadOnly
    def total(self):
        """price times quantity"""
        print("  (computing total)")
        return round(self.price * self.qty, 2)

    def __repr__(self):
        parts = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"Product({parts})"


print(Product._fields)
print(Product.name)
print(Product.__dict__["qty"])
p = Product("widget", 2.5, 4)
print(p)
print(p.total)
print(p.total)
print(Product.total.__doc__)
print(sorted(k for k in vars(p)))

for attr, value in [("price", -1.0), ("qty", "3"), ("name", 42), ("qty", 7), ("price", 1e3)]:
    try:
        setattr(p, attr, value)
        print(f"set {attr} -> {getattr(p, attr)!r}")
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")

del p.qty
print(p.qty, p)
try:
    del p.qty
except AttributeError as e:
    print("AttributeError:", e)

q = Product.__new__(Product)
print(q)
print(isinstance(Product.__dict__["price"], Field), type(Product.__dict__["total"]).__name__)


class Temperature:
    def __init__(self):
        self._c = 0.0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = float(v)

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, Temperature.celsius.fset is not None, Temperature.fahrenheit.fset)
