class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

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
        setattr(obj, self.private, value)


class Registry(type):
    classes = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if name != "Model":
            mcls.classes[name.lower()] = cls
        cls.fields = [k for k, v in ns.items() if isinstance(v, Typed)]
        return cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.created = True
        return obj

    def __repr__(cls):
        return f"<model {cls.__name__}>"


class Model(metaclass=Registry):
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def __repr__(self):
        vals = ", ".join(f"{f}={getattr(self, f)!r}" for f in type(self).fields)
        return f"{type(self).__name__}({vals})"


class User(Model):
    name = Typed(str, "anon")
    age = Typed(int, 0)


class Product(Model):
    title = Typed(str)
    price = Typed(float, 0.0)


u = User(name="ann", age=30)
print(u, u.created, User.fields, Registry.classes)
print(User, type(User).__name__, isinstance(User, Registry), User.name.private)
try:
    u.age = "old"
except TypeError as e:
    print("TypeError:", e)
p = Product(title="pen")
print(p, p.price)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value


class Report:
    computed = 0

    @Lazy
    def data(self):
        Report.computed += 1
        return [1, 2, 3]


r = Report()
print(r.data, r.data, Report.computed, "data" in vars(r))


class Singleton:
    _inst = None

    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.count = 0
        return cls._inst

    def __init__(self, *a):
        self.count += 1


print(Singleton() is Singleton(), Singleton().count)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)


class Plain:
    pass


t = Plain()
px = Proxy(t)
px.x = 5
print(px.x, t.x)
del px.x
print(hasattr(t, "x"), px._log)


class Validated:
    def __init_subclass__(cls, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.tag = prefix + cls.__name__

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


class Sub(Validated, prefix="x-"):
    pass


print(Sub.tag, Validated[int], Sub[str])
print(type("Dyn", (Plain,), {"v": 1, "get": lambda self: self.v * 2})().get())
