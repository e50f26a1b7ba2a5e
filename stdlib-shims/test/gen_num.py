"""Expected results for num.test.mjs, from CPython 3.11:

    python3 gen_num.py > data/num.json

Each case is [function name, encoded arguments (pyval.enc), repr of the result or
"ErrorType: message"]. The names are those of the JS table in num.test.mjs.
"""
import json
import math
from fractions import Fraction
import operator
import random
import struct
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from pyval import enc  # noqa: E402

rng = random.Random(20231124)
INF, NAN = float("inf"), float("nan")

INTS = [0, 1, -1, 2, 3, -7, 7, 10, 255, 2**31 - 1, 2**31, -2**31, 2**32, 2**52, 2**53 - 1, 2**53, 2**53 + 1,
        -(2**53 - 1), -2**53, 2**63, -2**63, 2**64 + 1, 10**20, -10**20, 3**100, -(3**100), True, False]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, 0.3, 1 / 3, 2.0, 3.0, -3.0, 1e16, 1e22, 1e300,
          -1e300, 1e-300, 5e-324, 1.7976931348623157e308, INF, -INF, NAN, 2.0**53, 2.0**53 + 2, 123.456,
          -7.5, 7.5, 1e-5, 0.0001, 0.125, 2.675, 1234.5678, 0.0001234, 123456789.0, 9.995, -0.001]
OTHERS = ["", "ab", [1, 2], [], (1, 2), (), None, (1, (2, 3)), [1, "a"]]

cases = []


def outcome(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:  # noqa: BLE001 - every exception is an expected value here
        return f"{type(e).__name__}: {e}"


def encode(v):
    """pyval.enc, with huge positive ints in hex (no decimal digit limit; JS BigInt reads it)."""
    return {"i": hex(v)} if type(v) is int and v > 10**4000 else enc(v)


def exact_tie(x, y):
    """Whether x**y is exactly halfway between two doubles: glibc's pow then rounds either way
    (it is not correctly rounded there), and num.mjs rounds to even."""
    if not (isinstance(x, (int, float)) and isinstance(y, (int, float)) and float(y).is_integer()):
        return False
    if not (math.isfinite(x) and abs(y) <= 64 and x != 0):
        return False
    p = Fraction(x) ** int(y)
    try:
        f = float(p)
    except OverflowError:
        return False
    return f != p and abs(Fraction(f) - p) == abs(Fraction(math.nextafter(f, math.inf if Fraction(f) < p else -math.inf)) - p)


def add(name, f, *args):
    if name == "pow" and isinstance(args[0], float) and exact_tie(*args):
        return
    want = outcome(f, *args)
    if want.endswith("j") or want.endswith("j)") or "complex" in want:
        return  # complex numbers are not supported
    if name == "hash" and args[0] != args[0]:
        return  # hash(nan) depends on the object's address
    cases.append([name, [encode(a) for a in args], want])


def random_float():
    """A double from random bits (finite), or a 'nice' decimal number."""
    if rng.random() < 0.5:
        while True:
            v = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
            if math.isfinite(v):
                return v
    return round(rng.uniform(-1000, 1000), rng.randint(0, 6)) * 10.0 ** rng.randint(-8, 8)


def inplace(op):
    def f(a, b):
        a = a.copy() if isinstance(a, list) else a
        return op(a, b)
    return f


BINARY = {
    "add": operator.add, "sub": operator.sub, "mul": operator.mul, "truediv": operator.truediv,
    "floordiv": operator.floordiv, "mod": operator.mod, "pow": operator.pow, "lshift": operator.lshift,
    "rshift": operator.rshift, "bitand": operator.and_, "bitor": operator.or_, "bitxor": operator.xor,
    "matmul": operator.matmul,
    "eq": operator.eq, "ne": operator.ne, "lt": operator.lt, "le": operator.le, "gt": operator.gt,
    "ge": operator.ge, "divmod": divmod,
}
INPLACE = {
    "iadd": operator.iadd, "isub": operator.isub, "imul": operator.imul, "itruediv": operator.itruediv,
    "ifloordiv": operator.ifloordiv, "imod": operator.imod, "ipow": operator.ipow, "ilshift": operator.ilshift,
    "irshift": operator.irshift, "ibitand": operator.iand, "ibitor": operator.ior, "ibitxor": operator.ixor,
    "imatmul": operator.imatmul,
}

GRID = [0, 1, -1, 3, -7, 2**53 - 1, 2**53 + 1, 2**64 + 1, -(3**100), True, False,
        0.0, -0.0, 1.0, 0.5, -2.5, 0.1, 1e300, INF, -INF, NAN, 2.0**53, "ab", [1, 2], (1, 2), None]
SMALL = [0, 1, -1, 2, 3, -3, 7, -7, 10, 63, 64, 100, True, False, 2**53 + 1, -(2**70)]
for a in GRID:
    for b in GRID:
        for name, f in BINARY.items():
            if name in ("pow", "lshift") and isinstance(b, int) and b > 1000:
                continue
            add(name, f, a, b)
for a in GRID:
    for b in [1, 0, 2.0, "ab", [3], (3,), None]:
        for name, f in INPLACE.items():
            add(name, inplace(f), a, b)
for a in INTS:
    for b in SMALL:
        for name in ("add", "sub", "mul", "floordiv", "mod", "pow", "lshift", "rshift", "bitand", "bitor",
                     "bitxor", "truediv", "lt", "eq"):
            if name == "pow" and (abs(b) > 100 or abs(a) > 2**64 and b > 10):
                continue
            add(name, BINARY[name], a, b)
FLOAT_GRID = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 0.1, 1 / 3, 3.0, 1e16, 1e300, -1e300, 5e-324, INF, -INF, NAN, 2.0**53,
              -7.5, 7.5, 1e-5]
for a in FLOAT_GRID:
    for b in FLOAT_GRID:
        for name in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "divmod", "lt", "eq"):
            add(name, BINARY[name], a, b)
    for b in [0, 1, -7, 2**53 + 1, -2**63, 10**20, 3**100, True]:
        for name in ("add", "mul", "truediv", "floordiv", "mod", "lt", "eq", "gt"):
            add(name, BINARY[name], a, b)
            add(name, BINARY[name], b, a)
# Arithmetic on random doubles, and powers (correct rounding of ** matters: repr shows all digits).
for _ in range(400):
    a, b = random_float(), random_float()
    for name in ("add", "sub", "mul", "truediv", "floordiv", "mod"):
        add(name, BINARY[name], a, b)
for _ in range(1500):
    x = abs(random_float()) if rng.random() < 0.5 else rng.uniform(0, 10)
    y = rng.choice([rng.randint(-30, 30), rng.uniform(-5, 5), rng.randint(-400, 400) / 8, 0.5, 1 / 3, -0.5])
    add("pow", operator.pow, x, y)
for _ in range(300):
    add("pow", operator.pow, rng.uniform(0.5, 2), rng.uniform(-1000, 1000))
    add("pow", operator.pow, rng.randint(-10**6, 10**6), rng.randint(-12, 12))
for n in [0, 1, 2, 5, 20, 30, 60, 100]:
    add("factorial", math.factorial, n)
# Big int division is correctly rounded.
for _ in range(80):
    a = rng.getrandbits(rng.randint(1, 1200)) * rng.choice([1, -1])
    b = rng.getrandbits(rng.randint(1, 700)) or 1
    add("truediv", operator.truediv, a, b)
    add("floordiv", operator.floordiv, a, b)
    add("mod", operator.mod, a, b)
    add("divmod", divmod, a, b)
    add("lt", operator.lt, a, float(b) if b < 2**1000 else 1e300)
    add("eq", operator.eq, a, float(a) if abs(a) < 2**1000 else 1e300)

for x in INTS + FLOATS + OTHERS:
    for name, f in {"neg": operator.neg, "pos": operator.pos, "invert": operator.invert, "abs": abs,
                    "hex": hex, "oct": oct, "bin": bin, "int": int, "float": float, "round1": round,
                    "bool": bool}.items():
        add(name, f, x)
    for n in [None, 0, 1, 2, -1, -2, 3, 400, -400, True]:
        add("round", round, x, n)
    if isinstance(x, (int, float)):
        add("hash", hash, x)
        add("repr", repr, x)
for x in INTS:
    add("bit_length", int.bit_length, x)
    add("bit_count", int.bit_count, x)
    add("as_integer_ratio", int.as_integer_ratio, x)
    for m in [1, 7, -7, 10**9 + 7, 2**64 + 13]:
        for e in [0, 1, 5, -1, 10**18 + 3]:
            add("pow3", pow, x, e, m)
add("pow3", pow, 2, 3, 0)
add("pow3", pow, 2, -1, 4)
add("pow3", pow, 2.0, 3, 5)
add("pow3", pow, "a", 3, 5)
for x in FLOATS:
    for name, f in {"is_integer": float.is_integer, "as_integer_ratio": float.as_integer_ratio,
                    "float_hex": float.hex}.items():
        add(name, f, x)
for _ in range(300):
    v = random_float()
    add("repr", repr, v)
    add("hash", hash, v)
    add("float_hex", float.hex, v)
    add("round", round, v, rng.randint(-5, 12))
    add("round1", round, v / 10.0 ** rng.randint(0, 300))
    add("int", int, v)
for s in ["0x1.8p1", "-0x1p-1074", "0x1.fffffffffffffp+1023", "0x1p1024", "inf", "-nan", "1.5", "0x.8", "x",
          " 0x10 ", "0x1.00000000000008p0", "0x1.00000000000018p0"]:
    add("fromhex", float.fromhex, s)
for s in ["0", "42", " 42 ", "-17", "+3", "1_000", "1__0", "_1", "1_", "abc", "0x1f", "0o17", "0b101", "00",
          "010", "0_0", "12345678901234567890", "٣٤", "１２", " \u3000 7 \n", "", " ", "+", "1.5", "1e3",
          "99999999999999999999999999999999999"]:
    for base in [None, 0, 2, 8, 10, 16, 36, 1, 37]:
        add("int", int, s) if base is None else add("int", int, s, base)
add("int", int, "1" * 5000)
add("int", int, "1" * 5000 + "x")
add("int", int, "1" * 5000, 16)
add("int", int, 1.5, 10)
for s in ["1e3", " nan ", "inf", "-Infinity", "-0", "1_0.5", "1__0", ".5", "5.", ".", "1e", "0x10", "abc", "",
          "1e400", "-1e-400", "١٫٥", "١٥", "3.14159265358979323846", "nan(1)", "+.5e-3", "1_e5", "infinit"]:
    add("float", float, s)
add("repr", repr, 10**4299)
add("repr", repr, 10**4300)

for c, x in [([1, 2, 3], 2), ([1, 2, 3], 2.0), ([1, 2, 3], 4), ((1, "a"), "a"), ("abc", "bc"), ("abc", ""),
             ("abc", 1), ([NAN], NAN), ([[1]], [1]), ((1, 2), True), (5, 1), (None, 1), ([], None)]:
    add("contains", operator.contains, c, x)



# The dunder protocol with user classes: the same classes are built in num.test.mjs.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        return V(self.x + o) if isinstance(o, int) else NotImplemented

    def __radd__(self, o):
        return V(o + self.x) if isinstance(o, int) else NotImplemented

    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x

    def __lt__(self, o):
        return self.x < o.x if isinstance(o, V) else NotImplemented

    def __repr__(self):
        return f"V({self.x})"


class W(V):
    def __radd__(self, o):
        return "W.__radd__"


class Idx:
    def __index__(self):
        return 3


class R:
    def __round__(self, n=None):
        return ("round", n)

    def __abs__(self):
        return "abs"

    def __neg__(self):
        return "neg"

    def __contains__(self, x):
        return x == 1

    def __iadd__(self, o):
        return "iadd"

    def __pow__(self, e, m=None):
        return ("pow", e, m)

    def __divmod__(self, o):
        return "divmod"

    def __rsub__(self, o):
        return ("rsub", o)


class It:
    def __iter__(self):
        return iter([1, 2, 3])


class Plain:
    pass


SCENARIOS = {
    "V(1)+V(2)": lambda: V(1) + V(2),
    "V(1)+5": lambda: V(1) + 5,
    "5+V(1)": lambda: 5 + V(1),
    "V(1)+'a'": lambda: V(1) + "a",
    "'a'+V(1)": lambda: "a" + V(1),
    "V(1)+W(2)": lambda: V(1) + W(2),
    "W(2)+V(1)": lambda: W(2) + V(1),
    "V(1)==V(1)": lambda: V(1) == V(1),
    "V(1)!=V(2)": lambda: V(1) != V(2),
    "V(1)!=V(1)": lambda: V(1) != V(1),
    "V(1)<V(2)": lambda: V(1) < V(2),
    "V(2)>V(1)": lambda: V(2) > V(1),
    "V(1)<3": lambda: V(1) < 3,
    "3>V(1)": lambda: 3 > V(1),
    "V(1)==3": lambda: V(1) == 3,
    "3==V(1)": lambda: 3 == V(1),
    "[V(1)]==[V(1)]": lambda: [V(1)] == [V(1)],
    "[V(1)]<[V(2)]": lambda: [V(1)] < [V(2)],
    "(1,V(1))<(1,3)": lambda: (1, V(1)) < (1, 3),
    "[1]*Idx()": lambda: [1] * Idx(),
    "Idx()*'ab'": lambda: Idx() * "ab",
    "'ab'*Plain()": lambda: "ab" * Plain(),
    "round(R())": lambda: round(R()),
    "round(R(),2)": lambda: round(R(), 2),
    "abs(R())": lambda: abs(R()),
    "-R()": lambda: -R(),
    "~R()": lambda: ~R(),
    "1 in R()": lambda: 1 in R(),
    "2 in R()": lambda: 2 in R(),
    "2 in It()": lambda: 2 in It(),
    "5 in It()": lambda: 5 in It(),
    "1 in Plain()": lambda: 1 in Plain(),
    "R()+=1": lambda: operator.iadd(R(), 1),
    "R()**2": lambda: R() ** 2,
    "pow(R(),2,5)": lambda: pow(R(), 2, 5),
    "divmod(R(),2)": lambda: divmod(R(), 2),
    "5-R()": lambda: 5 - R(),
    "R()-5": lambda: R() - 5,
    "Plain()==Plain()": lambda: Plain() == Plain(),
    "Plain()<Plain()": lambda: Plain() < Plain(),
    "None<1": lambda: None < 1,
    "int(Idx())": lambda: int(Idx()),
    "hex(Idx())": lambda: hex(Idx()),
    "float(Idx())": lambda: float(Idx()),
    "[1,2][Idx()-2]": lambda: [1, 2][Idx().__index__() - 2],
}
for name, f in SCENARIOS.items():
    cases.append(["scenario", [name], outcome(f)])

json.dump(cases, sys.stdout, separators=(",", ":"))
