class ValidationError(ValueError):
    pass


class Field:
    _counter = 0

    def __init__(self, *, default=None, required=True):
        self.default = default
        self.required = required
        Field._counter += 1
        self.order = Field._counter

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_f_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        if value is None and self.required:
            raise ValidationError(f"{self.name} is required")
        setattr(obj, self.attr, self.clean(value))

    def clean(self, value):
        return value

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class IntField(Field):
    def __init__(self, *, lo=None, hi=None, **kw):
        super().__init__(**kw)
        self.lo, self.hi = lo, hi

    def clean(self, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(f"{self.name}: expected int, got {value!r}")
        if self.lo is not None and value < self.lo or self.hi is not None and value > self.hi:
            raise ValidationError(f"{self.name}: {value} out of range [{self.lo}, {self.hi}]")
        return value


class StrField(Field):
    def __init__(self, *, max_len=20, **kw):
        super().__init__(**kw)
        self.max_len = max_len

    def clean(self, value):
        value = str(value).strip()
        if len(value) > self.max_len:
            raise ValidationError(f"{self.name}: too long ({len(value)} > {self.max_len})")
        return value


class ModelMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        fields = {}
        for base in reversed(cls.__mro__):
            fields.update({k: v for k, v in vars(base).items() if isinstance(v, Field)})
        cls._fields = dict(sorted(fields.items(), key=lambda kv: kv[1].order))
        return cls


class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        unknown = set(kw) - set(self._fields)
        if unknown:
            raise TypeError(f"unknown fields: {', '.join(sorted(unknown))}")
        for name, f in self._fields.items():
            setattr(self, name, kw.get(name, f.default))

    def __repr__(self):
        args = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({args})"

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, n) == getattr(other, n) for n in self._fields)

    def to_dict(self):
        return {n: getattr(self, n) for n in self._fields}


class Person(Model):
    name = StrField(max_len=10)
    age = IntField(lo=0, hi=150)


class Employee(Person):
    dept = StrField(default="general", required=False)
    level = IntField(default=1, lo=1, hi=5)


print(list(Person._fields), list(Employee._fields), Employee.age, Employee.dept.max_len)
e = Employee(name="  Ada  ", age=36, level=3)
print(e, e.to_dict(), e == Employee(name="Ada", age=36, level=3), vars(e))
for kw in [dict(name="Bob", age=-1), dict(name="Christopher Robin", age=5), dict(name="Dee", age="9"),
           dict(age=3), dict(name="Eve", age=30, salary=1), dict(name="Fay", age=True), dict(name="Gus", age=40, level=9)]:
    try:
        print(Employee(**kw))
    except ValidationError as err:
        print("ValidationError:", err)
    except TypeError as err:
        print("TypeError:", err)
e.level = 5
print(e.level, Person(name="x", age=1) == Employee(name="x", age=1), type(Employee).__name__)
