# Dunder protocol corners: __getattribute__, __missing__, __index__, __round__/__trunc__/__floor__,
# __format__ specs, __bool__/__len__ errors, __hash__ = None, __eq__ without __hash__.
import math
import operator


class Traced:
    def __init__(self):
        self.log = []
        self.x = 1

    def __getattribute__(self, name):
        if name != "log" and not name.startswith("__"):
            object.__getattribute__(self, "log").append(name)
        if name == "secret":
            raise AttributeError(f"no secret for you ({name})")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"<fallback {name}>"


t = Traced()
print(t.x, t.missing, t.secret, t.log, getattr(t, "y", "default"), hasattr(t, "z"))


class Defaults(dict):
    def __missing__(self, key):
        val = key * 2 if isinstance(key, int) else f"?{key}"
        self[key] = val
        return val


d = Defaults(a=1)
print(d["a"], d[5], d["zz"], d, d.get("q"), "q" in d, len(d))
try:
    dict.__getitem__(d, "nope")
except KeyError as e:
    print("KeyError", e)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


i2, i5 = Idx(2), Idx(5)
data = list(range(10))
print(data[i2], data[i2:i5], data[::i2], range(i5), list(range(i2, 10, i2)), hex(Idx(255)), bin(i5), oct(Idx(8)))
print("ab" * i2, [0] * Idx(3), operator.index(i5), (10).to_bytes(i2, "big"), math.comb(i5, i2), int.__index__(7))
try:
    operator.index(Idx("x"))
except TypeError as e:
    print("TypeError:", e)
try:
    data[1.5]
except TypeError as e:
    print("TypeError:", e)


class Num:
    def __init__(self, v):
        self.v = v

    def __round__(self, nd=None):
        return ("round", self.v, nd)

    def __trunc__(self):
        return 11

    def __floor__(self):
        return 22

    def __ceil__(self):
        return 33

    def __format__(self, spec):
        if spec.endswith("!"):
            return f"<{self.v}:{spec[:-1]}>"
        return format(self.v, spec)


n = Num(2.567)
print(round(n), round(n, 1), math.trunc(n), math.floor(n), math.ceil(n), f"{n:.1f}|{n:x!}|{n:>8.3}|{n}")
print(format(n, "e"), "{:08.2f}".format(n), "{0!r:>5}".format("ab"), "{:^9}".format(n))
try:
    print("int via __trunc__:", int(n))
except TypeError as e:
    print("TypeError:", e)


class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class L:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v


for obj in [B(True), B(0), B("yes"), L(0), L(3), L(-1), L(2 ** 70), L(1.5)]:
    try:
        print(type(obj).__name__, obj.v, bool(obj), "truthy" if obj else "falsy")
    except (TypeError, ValueError, OverflowError) as e:
        print(type(obj).__name__, obj.v, type(e).__name__, e)
try:
    len(L(-5))
except ValueError as e:
    print("len ValueError:", e)
try:
    not B(None)
except TypeError as e:
    print("not TypeError:", e)


class NoHash:
    __hash__ = None


class EqOnly:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.k == other.k


class EqHash(EqOnly):
    def __hash__(self):
        return hash(self.k)


for cls in (NoHash, EqOnly, EqHash):
    try:
        print(cls.__name__, cls.__hash__ is None, len({cls(1) if cls is not NoHash else cls()}))
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
print(EqHash(1) in {EqHash(1)}, EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly(1) in [EqOnly(1)])
try:
    {EqOnly(1): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(({},))
except TypeError as e:
    print("TypeError:", e)


class Cmp:
    pass


class Other:
    def __gt__(self, other):
        return "Other.__gt__"


for a, b, op in [(Cmp(), Cmp(), operator.lt), (Cmp(), 1, operator.le), (1, "a", operator.gt),
                 ([1], (1,), operator.ge), (Cmp(), Other(), operator.lt), (None, None, operator.lt), (1j, 2j, operator.lt)]:
    try:
        print(op(a, b))
    except TypeError as e:
        print("TypeError:", e)
print(Cmp() == Cmp(), Cmp() != Cmp(), (c := Cmp()) == c, Cmp().__eq__(1), Cmp().__lt__(1))
