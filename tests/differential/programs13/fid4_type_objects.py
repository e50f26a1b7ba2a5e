# Metaprogramming helpers poking at builtin types: __new__ of builtins, immutable types, super() checks.
class Money(int):
    def __new__(cls, amount):
        return int.__new__(cls, round(amount * 100))
    def __repr__(self):
        return f"Money({int(self) / 100:.2f})"
class Upper(str):
    def __new__(cls, s):
        return str.__new__(cls, s.upper())
class Half(float):
    def __new__(cls, v):
        return float.__new__(cls, v / 2)
print(Money(1.25), Upper("abc"), Half(5), type(Money(1)).__name__, Money(2) + 1)
print(int.__new__(int, "7"), str.__new__(str, 5), float.__new__(float, "1.5"), tuple.__new__(tuple, "ab"), object.__new__(object).__class__.__name__)

for target, name in [(int, "x"), (str, "shout"), (list, "append"), (object, "y"), (type, "z"), (dict, "keys")]:
    try:
        setattr(target, name, lambda self: None)
        print("set", target.__name__, name)
    except TypeError as e:
        print("TypeError:", e)
class Mine:
    pass
Mine.added = lambda self: "added method"
print(Mine().added())
for args in [(int, "x"), (5, 5), (Mine, 3), (str, Mine())]:
    try:
        super(*args)
        print("super ok", args)
    except TypeError as e:
        print("TypeError:", e)
class Child(Mine):
    def who(self):
        return super(Child, self).__class__.__name__
print(Child().who(), super(Child, Child).__self__ is Child if hasattr(super(Child, Child), "__self__") else "")
for bad in [lambda: (x for x in 5), lambda: (x for x in None), lambda: [*7], lambda: (*None,), lambda: {*3}, lambda: [*"ab", *(1, 2), *range(2)]]:
    try:
        r = bad()
        print("ok", type(r).__name__, r if isinstance(r, list) else "")
    except TypeError as e:
        print("TypeError:", e)
class Lazy:
    def __iter__(self):
        print("  __iter__ called")
        return iter([1, 2])
g = (v * 10 for v in Lazy())
print("generator made")
print(list(g))
print(sum(v for v in Lazy()), list(v for v in "ab"), max(v for v in range(3)))
