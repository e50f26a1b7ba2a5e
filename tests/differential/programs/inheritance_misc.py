class Meta(type):
    registry = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Meta.registry[name.lower()] = cls
        return cls


class Plugin(metaclass=Meta):
    def run(self):
        return f"{type(self).__name__} running"


class Alpha(Plugin):
    pass


class Beta(Plugin):
    def run(self):
        return super().run().upper()


print(sorted(Meta.registry), [Meta.registry[k]().run() for k in sorted(Meta.registry)])


class A:
    def hello(self):
        return ["A"]


class B(A):
    def hello(self):
        return ["B"] + super().hello()


class C(A):
    def hello(self):
        return ["C"] + super().hello()


class D(B, C):
    def hello(self):
        return ["D"] + super().hello()


print(D().hello(), [k.__name__ for k in D.__mro__])


class Base:
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class Tagged(Base, tag="special"):
    pass


class Plain(Base):
    pass


print(Tagged.tag, Plain.tag)


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]

    def __repr__(self):
        return "Stack" + super().__repr__()


st = Stack([1, 2])
st.push(3).push(4)
print(st, st.peek(), len(st), st.pop(), st, isinstance(st, list), st + [9])


class CaseDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())

    def __missing__(self, k):
        return f"<missing {k}>"


cd = CaseDict()
cd["Name"] = "x"
print(cd["NAME"], cd, "name" in cd, cd["other"])


class Money(int):
    def __str__(self):
        return f"${self / 100:.2f}"

    def __add__(self, o):
        return Money(int(self) + int(o))


m = Money(1234) + Money(66)
print(m, repr(m), type(m).__name__, m * 2, m > 1000)


class Node:
    def __init__(self, val, *children):
        self.val = val
        self.children = list(children)

    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c

    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)

    def __repr__(self):
        if not self.children:
            return f"Node({self.val})"
        return f"Node({self.val}, {', '.join(map(repr, self.children))})"


tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6, Node(7))))
print(list(tree), tree.depth(), sum(tree), tree)


class Attr:
    def __init__(self):
        self.__dict__["_data"] = {}

    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no attribute {name!r}") from None

    def __setattr__(self, name, value):
        self._data[name] = value

    def __delattr__(self, name):
        del self._data[name]


a = Attr()
a.x = 5
print(a.x, a._data, getattr(a, "y", "dflt"))
del a.x
try:
    a.x
except AttributeError as e:
    print("AttributeError:", e)


class Counted:
    instances = 0

    def __new__(cls, *args):
        cls.instances += 1
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v

    def __del__(self):
        pass


objs = [Counted(i) for i in range(3)]
print(Counted.instances, objs[2].v, vars(objs[1]))
print(type(objs[0]) is Counted, Counted.__name__, Counted.__qualname__, callable(Counted), callable(objs[0]))
print(str(type(5)), repr(int), type("x") is str, type(None).__name__, type(len).__name__)
print(id(a) == id(a), a is not None, isinstance(None, object), issubclass(bool, int))
print(Beta.__bases__[0].__name__, Beta.__class__.__name__, type(Plugin).__name__)
st.missing_attr
