class Field:
    _counter = 0

    def __init__(self, kind, *, default=None, required=True):
        self.kind = kind
        self.default = default
        self.required = required
        Field._counter += 1
        self.order = Field._counter

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        if value is None and not self.required:
            setattr(obj, self.attr, None)
            return
        if not isinstance(value, self.kind):
            raise TypeError(f"{type(obj).__name__}.{self.name} expects {self.kind.__name__}, got {type(value).__name__}")
        self.validate(value)
        setattr(obj, self.attr, value)

    def validate(self, value):
        pass

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class Positive(Field):
    def validate(self, value):
        if value <= 0:
            raise ValueError(f"{self.name} must be positive, got {value}")


class Choice(Field):
    def __init__(self, *choices, **kw):
        super().__init__(str, **kw)
        self.choices = choices

    def validate(self, value):
        if value not in self.choices:
            raise ValueError(f"{self.name} must be one of {', '.join(self.choices)}")


class ModelMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, table=None):
        cls = super().__new__(mcls, name, bases, ns)
        fields = {}
        for b in reversed(cls.__mro__[1:]):
            fields.update(getattr(b, "_fields", {}))
        fields.update({k: v for k, v in ns.items() if isinstance(v, Field)})
        cls._fields = dict(sorted(fields.items(), key=lambda kv: kv[1].order))
        cls._table = table or name.lower() + "s"
        if bases:
            mcls.registry[name] = cls
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__} table={cls._table}>"


class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        for name, f in self._fields.items():
            if name in kw:
                setattr(self, name, kw.pop(name))
            elif f.required and f.default is None:
                raise TypeError(f"missing field {name!r}")
        if kw:
            raise TypeError(f"unknown fields: {sorted(kw)}")

    def __repr__(self):
        inner = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({inner})"

    def to_row(self):
        return tuple(getattr(self, k) for k in self._fields)


class Product(Model, table="catalog"):
    name = Field(str)
    price = Positive(float)
    stock = Positive(int, default=1)
    category = Choice("tool", "toy", "food", required=False)


class Perishable(Product):
    days = Positive(int, default=7)


print(Product, Perishable, sorted(ModelMeta.registry))
print(list(Product._fields), list(Perishable._fields))
p = Product(name="hammer", price=9.5, category="tool")
print(p, p.to_row(), Product.price, Product.__dict__["stock"].default)
q = Perishable(name="milk", price=1.25, stock=30, days=5)
print(q, q.days, isinstance(q, Product), type(q).__mro__[1].__name__)
bad = [
    dict(name="x", price=-1.0),
    dict(name="x", price=2),
    dict(name="x", price=2.0, category="car"),
    dict(price=2.0),
    dict(name="x", price=2.0, color="red"),
]
for kw in bad:
    try:
        Product(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p.stock = 12
p.category = None
print(p, vars(p))
try:
    p.stock = 0
except ValueError as e:
    print(e)


class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.name] = val
        return val


class Report:
    calls = 0

    @Lazy
    def summary(self):
        """expensive"""
        Report.calls += 1
        return f"summary#{Report.calls}"


r = Report()
print(r.summary, r.summary, Report.calls, Report.summary.__doc__, "summary" in vars(r))
