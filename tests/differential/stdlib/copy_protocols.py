# copy: __reduce__/__reduce_ex__, __getnewargs__, __setstate__, subclasses of builtins, memo use.
import copy

class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency
    def __reduce__(self):
        print("  __reduce__ called")
        return (Money, (self.amount, self.currency))
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

m = Money([10], "EUR")
m2 = copy.copy(m)
m3 = copy.deepcopy(m)
m.amount.append(5)
print(m2, m3, m2.amount is m.amount, m3.amount is m.amount)

class Versioned:
    def __init__(self):
        self.items = [1]
        self.version = 1
    def __reduce_ex__(self, protocol):
        return (Versioned, (), {"items": self.items, "version": self.version + 1})

v = copy.deepcopy(Versioned())
print(v.items, v.version)

class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    def __getnewargs__(self):
        return tuple(self)
    @property
    def x(self):
        return self[0]

p = Point(1, [2])
pc = copy.deepcopy(p)
print(pc, type(pc).__name__, pc.x, pc[1] is p[1])

class Tagged(list):
    pass
t = Tagged([1, [2]])
t.tag = "hello"
tc = copy.copy(t)
td = copy.deepcopy(t)
t[1].append(3)
print(tc, tc.tag, td, td.tag, type(td).__name__)

class Attrs(dict):
    pass
a = Attrs(x=[1])
a.note = "n"
ac = copy.deepcopy(a)
a["x"].append(2)
print(ac, ac.note, type(ac).__name__)

class Settable:
    def __init__(self):
        self.a = 1
    def __setstate__(self, state):
        print("  __setstate__", sorted(state))
        self.__dict__.update(state)
        self.restored = True
s = copy.copy(Settable())
print(s.a, s.restored)

# functions, classes and modules are atomic
def f():
    return 1
print(copy.deepcopy(f) is f, copy.copy(Money) is Money)
try:
    copy.deepcopy(copy)
except TypeError as e:
    print("TypeError:", e)
print(copy.deepcopy([f, Money])[0] is f)

# memo with pre-seeded entries
shared = [1, 2]
memo = {id(shared): "replacement"}
print(copy.deepcopy([shared, shared], memo))

class Counted:
    copies = 0
    def __init__(self, payload):
        self.payload = payload
    def __deepcopy__(self, memo):
        Counted.copies += 1
        result = Counted(copy.deepcopy(self.payload, memo))
        return result
c = Counted([1])
both = copy.deepcopy([c, c, {"k": c}])
print(Counted.copies, both[0] is both[1], both[2]["k"] is both[0])

# errors
class NoCopy:
    def __reduce_ex__(self, protocol):
        raise TypeError("cannot copy NoCopy")
try:
    copy.copy(NoCopy())
except TypeError as e:
    print("TypeError:", e)
def gen():
    yield 1
try:
    copy.copy(gen())
except TypeError as e:
    print("TypeError:", e)
