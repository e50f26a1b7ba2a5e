# super().m(...) on ordinary instances resolves the method directly; descriptors, builtin
# bases, diamonds and patched bases must still resolve as CPython does.


class A:
    def who(self, x):
        return ["A", x]

    @property
    def p(self):
        return "A.p"

    @classmethod
    def cm(cls, x):
        return (cls.__name__, x)

    @staticmethod
    def sm(x):
        return ("static", x)


class B(A):
    def who(self, x):
        return ["B"] + super().who(x)

    def cm(self, x):
        return super().cm(x)

    def sm(self, x):
        return super().sm(x)


class C(A):
    def who(self, x):
        return ["C"] + super().who(x)


class D(B, C):
    def who(self, x):
        return ["D"] + super().who(x)


print(D().who(1), B().who(2), C().who(3))
print(D().cm(4), B().sm(5))


def patched(self, x):
    return ["A2", x]


A.who = patched
print(D().who(6))


class L(list):
    def append(self, x):
        super().append(x * 10)


lst = L()
lst.append(1)
print(lst)


class Mixin:
    def __len__(self):
        return 42


class Base2:
    def size(self):
        return "base size"


class User(Base2):
    def size(self):
        return "user " + super().size()

    def missing(self):
        return super().nothing()


u = User()
print(u.size())
try:
    u.missing()
except AttributeError as e:
    print("AttributeError:", e)


class Desc:
    def __get__(self, obj, typ=None):
        return lambda x: ("desc", x, type(obj).__name__)


class HasDesc:
    go = Desc()


class UsesDesc(HasDesc):
    def go(self, x):
        return super().go(x)


print(UsesDesc().go(7))


class Rec:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Rec(%d)" % self.n

    def __eq__(self, other):
        return super().__eq__(other)


print(Rec(1) == Rec(1), repr(Rec(2)), super(Rec, Rec(3)).__repr__()[:5])
