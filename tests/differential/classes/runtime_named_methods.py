# Methods named like builtin-type methods (send, next, get, add, pop...) on user classes are
# called inline on plain instances; everything else still goes through the runtime.


class Chan:
    def __init__(self):
        self.log = []

    def send(self, x, y=None):
        self.log.append((x, y))
        return len(self.log)

    def next(self, bound):
        return bound - 1

    def get(self, k, d=None):
        return ("got", k, d)

    def add(self, x):
        return ("added", x)

    def pop(self):
        return "popped"

    def items(self):
        return "items!"


c = Chan()
print(c.send(1), c.send(2, 3), c.log)
print(c.next(10), c.get("k"), c.get("k", 0), c.add(5), c.pop(), c.items())


def gen():
    got = yield 1
    while True:
        got = yield got * 2


g = gen()
print(next(g), g.send(5), g.send(7))

d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 9), d.pop("a"), d.items())
st = {1}
st.add(2)
print(sorted(st), [1, 2].pop())


# A method replaced on the class, and one shadowed by an instance attribute.
def other_send(self, x, y=None):
    return "patched %s" % (x,)


Chan.send = other_send
print(c.send(4))
c.get = lambda k, d=None: "instance " + k
print(c.get("z"))


class Sub(Chan):
    def next(self, bound):
        return "sub " + str(super().next(bound))


print(Sub().next(3))


class NotCallable:
    send = 5


try:
    NotCallable().send(1)
except TypeError as e:
    print("TypeError:", e)


class Static:
    @staticmethod
    def send(x):
        return ("static", x)

    @classmethod
    def get(cls, k):
        return (cls.__name__, k)


print(Static().send(1), Static().get(2), Static.get(3))


class Prop:
    @property
    def send(self):
        return lambda x: ("prop", x)


print(Prop().send(8))


class Dyn:
    def __getattr__(self, name):
        return lambda *a: (name, a)


print(Dyn().send(1, 2), Dyn().get(3))


class Slot:
    __slots__ = ("hops", "v")

    def __init__(self):
        self.hops = 0

    def bump(self):
        self.hops += 1
        self.v = self.hops * 2
        return self.v


s = Slot()
print(s.bump(), s.bump(), s.hops)
try:
    s.w = 1
except AttributeError as e:
    print("AttributeError:", e)


# The receiver is evaluated before the arguments, and once.
calls = []


def recv():
    calls.append("recv")
    return c


def arg(v):
    calls.append("arg")
    return v


print(recv().next(arg(3)), calls)
x = Chan()
print(x.send((x := Sub()) and 1), type(x).__name__)
