# super().m(...) calls: instance methods, classmethods, staticmethods, builtin bases, MRO.


class A:
    def m(self, x, y=2):
        return ("A.m", x, y)

    @classmethod
    def c(cls, x):
        return ("A.c", cls.__name__, x)

    @staticmethod
    def s(x):
        return ("A.s", x)

    @property
    def p(self):
        return "A.p"

    def __repr__(self):
        return "A()"


class B(A):
    def m(self, x, y=3):
        return ("B.m", super().m(x), super().m(x, y))

    @classmethod
    def c(cls, x):
        return ("B.c", super().c(x))

    @staticmethod
    def s(x):
        return ("B.s", x)

    def t(self):
        return super().s(5), super().p, super().__repr__()

    def missing(self):
        return super().nope(1)


class C(A):
    def m(self, x, y=4):
        return ("C.m", super().m(x, y))


class D(B, C):
    def m(self, x, y=5):
        return ("D.m", super().m(x, y))


print(D().m(1))
print(B.c(1), D.c(2), B().c(3))
print(B().t())
try:
    B().missing()
except AttributeError as e:
    print("AttributeError", e)


class L(list):
    def append(self, x):
        super().append(x)
        super().append(x * 2)
        return len(self)


class Dd(dict):
    def get(self, k, d=None):
        return ("Dd", super().get(k, d), super().get(k))

    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)


lst = L()
print(lst.append(1), lst)
dd = Dd(a=1)
dd["b"] = 2
print(dd.get("a"), dd.get("b"), dd.get("z", 0), dd)


class Base:
    def __init__(self, *args):
        self.args = args


class Kid(Base):
    def __init__(self, a, b):
        super().__init__(a, b, *[1, 2])
        self.more = super().__init__ is not None


print(Kid(1, 2).args, Kid(1, 2).more)
