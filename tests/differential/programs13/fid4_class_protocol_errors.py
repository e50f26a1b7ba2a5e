# A shape library whose classes misbehave in instructive ways: MRO, slots, bool/len/hash errors.
class Shape:
    pass
class Round(Shape):
    pass
class Flat(Shape):
    pass
try:
    class Bad(Shape, Round):
        pass
except TypeError as e:
    print("TypeError:", e)
class Disc(Round, Flat):
    pass
print([c.__name__ for c in Disc.__mro__], Disc.mro() == list(Disc.__mro__))
try:
    class Dup(Round, Round):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromInt(5):
        pass
except TypeError as e:
    print("TypeError:", type(e).__name__)

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.__dict__)
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
print(Point.__slots__, hasattr(p, "y"), hasattr(p, "x"))
class Point3(Point):
    __slots__ = ("z",)
p3 = Point3(1, 2)
p3.z = 3
print(p3.x, p3.y, p3.z)
class Loose(Point):
    pass
lo = Loose(5, 6)
lo.extra = "ok"
print(lo.extra, lo.__dict__)

class Weird:
    def __init__(self, b, n, h=True):
        self.b, self.n = b, n
        if not h:
            Weird.__hash__ = None
    def __bool__(self):
        return self.b
    def __len__(self):
        return self.n
for b, n in [(True, 1), (1, 1), ("yes", 0), (None, 0)]:
    w = Weird(b, n)
    try:
        print("bool:", bool(w))
    except TypeError as e:
        print("TypeError:", e)
class OnlyLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
for n in [0, 3, -1, 2**70, 2.5, True]:
    try:
        print("len:", len(OnlyLen(n)), bool(OnlyLen(n)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
try:
    {Money(5)}
except TypeError as e:
    print("TypeError:", e)
print(Money.__hash__, Money(1) == Money(1), Money(1) != Money(2), Money(1) == 1)
class HashedMoney(Money):
    def __hash__(self):
        return hash(self.cents)
print(len({HashedMoney(5), HashedMoney(5), HashedMoney(6)}))
class Child(HashedMoney):
    def __eq__(self, other):
        return False
try:
    print(hash(Child(1)))
except TypeError as e:
    print("TypeError:", e)

class NoIter:
    pass
for f in [lambda: iter(NoIter()), lambda: list(5), lambda: [x for x in None], lambda: "a" in 5,
          lambda: NoIter()[0], lambda: NoIter()["k"], lambda: len(NoIter()), lambda: reversed(NoIter()),
          lambda: next(NoIter()), lambda: next([1]), lambda: abs("x"), lambda: -"x", lambda: ~1.5,
          lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (), lambda: {} + {}, lambda: NoIter() < NoIter(),
          lambda: 2 @ 3, lambda: "x" * 2.0, lambda: [1] * "2", lambda: None + None, lambda: divmod("a", 2)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
