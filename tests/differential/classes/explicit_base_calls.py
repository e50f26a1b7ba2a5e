# `Base.method(self, ...)` and `Base.__init__(self, ...)` through module-level classes call the
# method directly when it is an ordinary method of an ordinary instance; other cases keep
# Python's semantics.


class Base:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b

    def show(self, tag):
        return "%s a=%s b=%s" % (tag, self.a, self.b)

    def two(self, x, y):
        return x + y + self.a

    def three(self, x, y, z):
        return (x, y, z)

    @staticmethod
    def st(x, y):
        return ("static", x, y)

    @classmethod
    def cl(cls, x):
        return (cls.__name__, x)

    def noargs(self):
        return "noargs"


class Derived(Base):
    def __init__(self, a):
        Base.__init__(self, a, b=5) if a > 10 else Base.__init__(self, a)
        self.c = a * 2

    def show(self, tag):
        return "derived " + Base.show(self, tag)


d = Derived(3)
print(d.a, d.b, d.c, Derived(20).b)
print(d.show("x"), Base.two(d, 1, 2), Base.three(d, 1, 2, 3), Base.noargs(d))
print(Base.st(1, 2), Base.cl(3), Derived.cl(4))

# Unbound calls with something other than an instance of the class.
print(Base.show(Derived(7), "other"))


class Duck:
    a = "duck-a"
    b = "duck-b"


print(Base.show(Duck(), "duck"))
for bad in [5, "s", None]:
    try:
        print(Base.show(bad, "bad"))
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

try:
    Base.two(d, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    Base.__init__(d)
except TypeError as e:
    print("TypeError:", e)


# Patched methods and plain functions stored on the class.
def plain(obj, x):
    return ("plain", type(obj).__name__, x)


Base.plain = plain
Base.lam = lambda obj, x: ("lam", x)
print(Base.plain(d, 1), Base.lam(d, 2))
Base.show = lambda self, tag: "patched " + tag
print(Base.show(d, "p"), d.show("q"))


class Meta(type):
    def hello(cls, x):
        return ("meta hello", cls.__name__, x)


class WithMeta(metaclass=Meta):
    def own(self, x):
        return ("own", x)


print(WithMeta.hello(1), WithMeta.own(WithMeta(), 2))


class CallableInst:
    def __call__(self, x):
        return x

    def m(self, x):
        return ("m", x)


print(CallableInst.m(CallableInst(), 9))


class L(list):
    def push2(self, x):
        self.append(x)
        self.append(x)


lst = L()
L.push2(lst, 1)
list.append(lst, 2)
print(lst)
