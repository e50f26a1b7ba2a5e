# Subclassing list, dict, str, int, tuple and exceptions.
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1] if self else None
s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s.pop(), s[0], s[1:], type(s[1:]).__name__, type(s).__name__, isinstance(s, list))
print(s + [9], type(s + [9]).__name__, s == [1, 2, 3], sorted(s, reverse=True))
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hello")
print(u, u.shout(), len(u), u + " world", type(u + "x").__name__, u == "hello", u[1:3], repr(u))
class Money(int):
    def __str__(self):
        return f"${int(self)}"
m = Money(5)
print(m, m + 3, type(m + 3).__name__, m * 2, repr(m), f"{m}", str(m), m > 4, [m])
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.swap(), len(p), p[0], isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b, ad["b"], list(ad.keys()))
try:
    ad.c
except AttributeError as e:
    print("AttributeError", e)
class AppError(ValueError):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
try:
    raise AppError(404, "not found")
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
class MyList(list):
    def __init__(self, *args):
        super().__init__(args)
print(MyList(1, 2, 3), MyList())
class Celsius(float):
    def __repr__(self):
        return f"{float(self)}°C"
print(Celsius(21.5), [Celsius(0)], Celsius(1) + 1)
class Flags(set):
    pass
print(sorted(Flags([3, 1, 2])), type(Flags([1]) | {2}).__name__, len(Flags("aab")))
