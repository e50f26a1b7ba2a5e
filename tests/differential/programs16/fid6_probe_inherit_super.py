# Inheritance corners: properties overridden in subclasses, super() in classmethods/staticmethods/
# properties/__init_subclass__, super() errors, builtin subclasses with overridden dunders.
class Base:
    def __init__(self, v):
        self._v = v

    @property
    def value(self):
        return self._v

    @value.setter
    def value(self, nv):
        self._v = nv

    @classmethod
    def make(cls, v):
        return cls(v)

    def describe(self):
        return f"Base({self._v})"

    def __repr__(self):
        return f"{type(self).__name__}<{self._v}>"


class Doubled(Base):
    @property
    def value(self):
        return super().value * 2

    @classmethod
    def make(cls, v):
        inst = super().make(v + 1)
        inst.tag = "made"
        return inst

    def describe(self):
        return "Doubled/" + super().describe()


class ReadOnly(Base):
    value = property(Base.value.fget)


d = Doubled.make(4)
print(d, d.value, d.tag, d.describe(), Doubled.value.__class__.__name__, Base.value.fset is not None, Doubled.value.fset)
try:
    d.value = 10
except AttributeError as e:
    print("AttributeError:", e)
r = ReadOnly(3)
try:
    r.value = 4
except AttributeError as e:
    print("AttributeError:", e)
b = Base(1)
b.value = 9
print(b.value, vars(b), Base.make(2), ReadOnly.make(5).value)


class Static:
    @staticmethod
    def s():
        try:
            return super().describe()
        except RuntimeError as e:
            return f"RuntimeError: {e}"


print(Static.s())


def free_function():
    try:
        super()
    except RuntimeError as e:
        return f"RuntimeError: {e}"


print(free_function())
try:
    super(Doubled, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    super(3, d)
except TypeError as e:
    print("TypeError:", e)
print(super(Doubled, d).describe(), super(Doubled, Doubled).make(7), super(Base, d).__repr__()[:12])


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), [k.__name__ for k in D.__mro__], super(B, D()).who())


class Plugin:
    seen = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.seen.append(cls.__name__)


class P1(Plugin):
    pass


class P2(P1):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.grand = True


class P3(P2):
    pass


print(Plugin.seen, hasattr(P2, "grand"), P3.grand)


class Strs(list):
    def __getitem__(self, i):
        v = super().__getitem__(i)
        return v.upper() if isinstance(v, str) else v

    def __len__(self):
        return 100

    def __contains__(self, x):
        return True

    def __iter__(self):
        return iter(["iterated"])


s = Strs(["a", "b"])
print(s[0], s[0:1], len(s), "zzz" in s, list(s), [x for x in s], sorted(s), list.__len__(s), s + ["c"], str(s), repr(s))


class LoudDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, str(v) + "!")

    def __getitem__(self, k):
        return "got " + super().__getitem__(k)

    def keys(self):
        return ["only"]


ld = LoudDict(a=1)
ld["b"] = 2
ld.update(c=3)
ld.setdefault("d", 4)
print(ld, ld["b"], ld.get("b"), dict(ld), {**ld}, list(ld), list(ld.keys()), [ld[k] for k in ld if k == "b"])


class Money(float):
    def __new__(cls, v, cur="EUR"):
        inst = super().__new__(cls, round(v, 2))
        inst.cur = cur
        return inst

    def __repr__(self):
        return f"{float(self):.2f} {self.cur}"

    def __add__(self, o):
        return Money(float(self) + float(o), self.cur)


m = Money(3.14159)
print(m, m + 1, 1 + m, type(1 + m).__name__, m * 2, isinstance(m, float), Money(2, "USD"), f"{m:.1f}", str(m), int(m))


class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

    def shout(self):
        return self + "!"


u = Upper("hey")
print(u, repr(u), u.shout(), type(u.shout()).__name__, u.lower(), type(u.lower()).__name__, u == "HEY", len(u), u[1:], {u: 1})
