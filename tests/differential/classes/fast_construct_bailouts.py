# Class calls take a fast constructor path only when nothing can intercept construction:
# every other case must still behave as CPython does.


class Plain:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b


p = Plain(1)
print(p.a, p.b, Plain(3, 4).b, Plain(a=5).a, Plain(*[6, 7]).b)

for args in [(), (1, 2, 3), (1, 2, 3, 4, 5)]:
    try:
        Plain(*args)
    except TypeError as e:
        print("TypeError:", e)


class NoInit:
    pass


print(type(NoInit()).__name__)
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)


class Many:
    def __init__(self, a, b, c, d, e, f=6):
        self.s = a + b + c + d + e + f


print(Many(1, 2, 3, 4, 5).s, Many(1, 2, 3, 4, 5, 60).s)


class Star:
    def __init__(self, *args, **kw):
        self.args = args
        self.kw = kw


print(Star().args, Star(1, 2, 3, 4, 5).args, Star(1, x=2).kw)


class WithNew:
    def __new__(cls, x):
        print("new", cls.__name__, x)
        return super().__new__(cls)

    def __init__(self, x):
        print("init", x)
        self.x = x


print(WithNew(3).x)


class Other:
    def __new__(cls, x):
        return x * 2

    def __init__(self, x):
        print("never")


print(Other(21))


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(M(9).v)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


s = Slotted(1)
s.y = 2
print(s.x, s.y)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)


class Hook:
    def __init__(self, v):
        self.v = v

    def __getattr__(self, name):
        return "missing " + name


h = Hook(4)
print(h.v, h.other)


class Patched:
    def __init__(self, v):
        self.v = v


def new_init(self, v, w=10):
    self.v = v * w


Patched.__init__ = new_init
print(Patched(3).v, Patched(3, 2).v)
Patched.__init__ = lambda self: setattr(self, "v", "lambda")
print(Patched().v)


class Base:
    def __init__(self, v):
        self.v = ("base", v)


class Child(Base):
    pass


print(Child(1).v)
Base.__init__ = lambda self, v: setattr(self, "v", ("patched", v))
print(Child(2).v)


class Callable:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


print(Callable(3)(5))


class Ex(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


try:
    raise Ex(7)
except Ex as e:
    print(e, e.code, e.args)


class L(list):
    def __init__(self, n):
        super().__init__(range(n))


print(L(3), type(L(2)).__name__)


class Counted:
    made = 0

    def __init__(self):
        Counted.made += 1


for _ in range(5):
    Counted()
print(Counted.made)
