# Binary operators on user instances: __op__ called directly, NotImplemented fall-backs to the
# reflected method, subclass-first reflected order, mixed with numbers, errors.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented

    def __radd__(self, o):
        return ("radd", o)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return V(self.x * k * 10, self.y * k * 10)

    def __repr__(self):
        return f"V({self.x!r}, {self.y!r})"


class W(V):
    def __radd__(self, o):
        return ("W.radd", o)


class OnlyR:
    def __radd__(self, o):
        return "OnlyR.radd"


class Plain:
    pass


a, b = V(1, 2), V(0.5, 1.0)
print(a + b, a - b, a * 3, 3 * a, a * 2.0, 2.5 * b)
print(a + 1, a + 1.5, 1 + a)
print(a + W(1, 1))
try:
    print(a + "s")
except TypeError as e:
    print("TypeError:", e)
print(a + OnlyR())
print(V(1.0, 2.0) + V(1.0, 1.0), V(0.1, 0.2) + V(0.2, 0.1))
for x, y in [(Plain(), 1), (Plain(), Plain()), (a, None), (None, a)]:
    try:
        print(x + y)
    except TypeError as e:
        print("TypeError:", e)
try:
    print(a - 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(Plain() * 2)
except TypeError as e:
    print("TypeError:", e)


class Acc:
    def __init__(self):
        self.n = 0

    def __iadd__(self, k):
        self.n += k
        return self

    def __add__(self, k):
        return "plain add"


c = Acc()
c += 5
c += 2
print(c.n, c + 1)


class St:
    @staticmethod
    def helper(a, b):
        return (a, b)


class Fn:
    pass


Fn.__add__ = lambda self, o: ("lambda add", o)
Fn.__mul__ = St.helper
print(Fn() + 2, (Fn() * 3)[1])
