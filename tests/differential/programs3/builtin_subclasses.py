class DefaultDict(dict):
    def __missing__(self, key):
        value = self[key] = len(key)
        return value


d = DefaultDict(a=1)
print(d["a"], d["hello"], d, len(d), "hello" in d, d.get("zz"), isinstance(d, dict))


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]

    def __repr__(self):
        return f"Stack({list.__repr__(self)})"


s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), s[1:3], type(s[1:3]).__name__, s + [9], type(s + [9]).__name__, sum(s), sorted(s, reverse=True))
s.sort(reverse=True)
print(s, s.pop(), s, s == [4, 3, 2], list(reversed(s)))


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

    def shout(self):
        return self + "!"


u = Upper("hello")
print(u, repr(u), u.shout(), len(u), u.lower(), type(u.lower()).__name__, isinstance(u, str), u == "HELLO", u[1:3])


class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}°C"

    def to_f(self):
        return Celsius(self * 9 / 5 + 32)


c = Celsius(21.5)
print(repr(c), c + 1, type(c + 1).__name__, c.to_f(), [c], c > 20, round(c), int(c))


class Money(int):
    def __str__(self):
        return f"${int(self):,}"

    def __add__(self, other):
        return Money(int(self) + int(other))


m = Money(1500) + 2500
print(m, repr(m), type(m).__name__, m * 2, type(m * 2).__name__, f"{m}", f"{m:>10}", m == 4000, hash(m) == hash(4000))


class Bag(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
        return self


b = Bag([3]).add_all(1, 2, 2)
print(sorted(b), len(b), 2 in b, type(b | {9}).__name__, b.issubset({1, 2, 3, 4}))


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    def swap(self):
        return Pair(self[1], self[0])


p = Pair(1, "x")
print(p, p.first, p.swap(), len(p), p == (1, "x"), type(p).__name__, isinstance(p, tuple), p + (3,), hash(p) == hash((1, "x")))


class Truthy:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


class Container:
    def __iter__(self):
        return iter([1, 2, 3])


class Indexer:
    def __index__(self):
        return 2


print(bool(Truthy([])), bool(Truthy([0])), "yes" if Truthy([1]) else "no", 2 in Container(), 5 in Container())
print([10, 20, 30, 40][Indexer()], "abcd"[Indexer():], bin(Indexer()), list(range(Indexer())), [0] * Indexer())


class NoHash:
    __hash__ = None


try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)


class Ident:
    pass


x, y = Ident(), Ident()
print(x == x, x == y, x != y, x in [y], x in [x], [x, y].count(x), {x: 1}.get(y))
