"""Expected results for containers.test.mjs, from CPython 3.11:

    python3 gen_containers.py > data/containers.json

Runs itself again with PYTHONHASHSEED=0 (as the differential tests run programs), so that str
hashes, and so the iteration order of sets of strings, are deterministic.

Values are described by JSON "specs" that both sides build the same way (see build()); results
are compared as repr() strings, or "ErrorType: message" for exceptions.
"""
import json
import os
import random
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})

rng = random.Random(20240611)


def build(spec):
    """The value a spec describes: JSON scalars as themselves, {"i": "12"} int, {"f": "1.5"}
    float, {"t": [...]} tuple, [...] list, {"d": [[k, v], ...]} dict, {"s": [...]} set(list),
    {"fs": [...]} frozenset(list)."""
    if spec is None or isinstance(spec, (bool, str)):
        return spec
    if isinstance(spec, list):
        return [build(x) for x in spec]
    ((tag, v),) = spec.items()
    if tag == "i":
        return int(v)
    if tag == "f":
        return float(v)
    if tag == "t":
        return tuple(build(x) for x in v)
    if tag == "d":
        return {build(a): build(b) for a, b in v}
    if tag == "s":
        return set(build(x) for x in v)
    if tag == "fs":
        return frozenset(build(x) for x in v)
    raise ValueError(tag)


class S(list):
    """Stands for set(items) in a value given to spec()."""


class FS(tuple):
    """Stands for frozenset(items) in a value given to spec()."""


def spec(v):
    """The spec of a value made of None/bool/str/int/float/tuple/list/dict/S/FS."""
    if isinstance(v, S):
        return {"s": [spec(x) for x in v]}
    if isinstance(v, FS):
        return {"fs": [spec(x) for x in v]}
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return {"i": str(v)}
    if isinstance(v, float):
        return {"f": repr(v)}
    if isinstance(v, tuple):
        return {"t": [spec(x) for x in v]}
    if isinstance(v, list):
        return [spec(x) for x in v]
    if isinstance(v, dict):
        return {"d": [[spec(k), spec(x)] for k, x in v.items()]}
    raise TypeError(type(v).__name__)


def outcome(f):
    try:
        return repr(f())
    except Exception as e:  # noqa: BLE001 - exceptions are expected results here
        return f"{type(e).__name__}: {e}"


data = {}

# ------------------------------------------------------------------ hashes
HASHED = ["", "a", "abc", "abcdefgh", "abcdefghi", "hello world!", "é", "naïve", "€uro", "日本語", "😀", "a😀b",
          "x" * 100, 0, 1, -1, -2, 2**40, -(2**52), 2**61 - 1, 2**61, 2**64 + 5, -(2**70), True, False, 1.5, -2.25,
          0.1, 1e300, (), (1,), (1, 2), (1, (2, 3)), ("a", 1, 2.5), (True, 0), ((), ((),)),
          tuple(range(20))]
data["hash"] = [[spec(v), str(hash(v))] for v in HASHED]
data["hash"] += [[spec(v), str(hash(build(spec(v))))]
                 for v in [FS(), FS([1]), FS([1, 2, 3]), FS("ab"), FS(range(50)), FS([(1, 2), "x"]), FS([FS([1]), 2])]]

# ------------------------------------------------------------------ set order and operations
POOLS = [
    lambda: rng.randint(0, 20),
    lambda: rng.randint(-50, 50),
    lambda: rng.choice([rng.randint(0, 10**6), rng.randint(0, 40) * 32, rng.randint(0, 10) * 8]),
    lambda: rng.choice(["a", "b", "c", "spam", "eggs", "x1", "x2", "é", "日本", "", "zz"]),
    lambda: (rng.randint(0, 4), rng.randint(0, 4)),
    lambda: rng.choice([1.5, 2.0, -0.5, 3, 3.0, True, False, 0, 0.0, 7, 2**62, -7.25]),
]


def rand_items(pool, n):
    return [pool() for _ in range(n)]


SET_OPS = ["add", "discard", "remove", "pop", "clear", "update", "difference_update", "intersection_update",
           "symmetric_difference_update", "copy", "union", "intersection", "difference", "symmetric_difference",
           "or", "and", "sub", "xor", "ior", "iand", "isub", "ixor", "issubset", "issuperset", "isdisjoint",
           "eq", "le", "lt", "ge", "gt", "contains"]
ARG_KINDS = ["list", "set", "frozenset", "dict"]


def arg_of(kind, items):
    return {"list": list, "set": set, "frozenset": frozenset, "dict": dict.fromkeys}[kind](items)


def set_op(s, op, arg):
    if op == "add":
        return s.add(arg)
    if op == "discard":
        return s.discard(arg)
    if op == "remove":
        return s.remove(arg)
    if op == "contains":
        return arg in s
    if op in ("pop", "clear", "copy"):
        return getattr(s, op)()
    if op in ("or", "and", "sub", "xor", "eq", "le", "lt", "ge", "gt"):
        import operator
        return getattr(operator, op + "_")(s, arg) if op in ("or", "and") else getattr(operator, op)(s, arg)
    if op in ("ior", "iand", "isub", "ixor"):
        import operator
        return getattr(operator, op)(s, arg)
    return getattr(s, op)(arg)


data["set_ops"] = []
for case in range(220):
    pool = rng.choice(POOLS) if case % 4 else (lambda: rng.choice(POOLS)())
    init = rand_items(pool, rng.choice([0, 1, 3, 5, 8, 12, 20, 40]))
    frozen = case % 11 == 0
    ops, outs = [], []
    s = frozenset(init) if frozen else set(init)
    for _ in range(rng.randint(1, 14)):
        op = rng.choice(SET_OPS[:9] * 3 + SET_OPS[9:]) if not frozen else rng.choice(SET_OPS[9:18] + SET_OPS[22:])
        if op in ("add", "discard", "remove", "contains"):
            x = pool()
            arg_spec, arg = spec(x), x
        elif op in ("pop", "clear", "copy"):
            arg_spec, arg = None, None
        else:
            kind = rng.choice(ARG_KINDS) if op in SET_OPS[5:9] + SET_OPS[10:14] + SET_OPS[22:25] else "set"
            items = rand_items(pool, rng.choice([0, 1, 4, 10, 30]))
            arg_spec, arg = [kind, spec(items)], arg_of(kind, items)
        ops.append([op, arg_spec])
        outs.append(outcome(lambda: set_op(s, op, arg)) + " | " + repr(s))
        if op in ("ior", "iand", "isub", "ixor") and frozen:
            s = set_op(s, op, arg)  # frozensets rebind to the new set
    data["set_ops"].append({"init": spec(init), "frozen": frozen, "ops": ops, "out": outs})

# Displays: {a, b, c} (one add per item) and all-constant displays (a frozenset merged in).
data["set_displays"] = []
for _ in range(60):
    items = rand_items(rng.choice(POOLS), rng.choice([1, 3, 5, 6, 7, 9, 17, 30]))
    s1 = set()
    for x in items:
        s1.add(x)
    # An all-constant display: the compiler's frozenset, re-created from its own table order
    # when code constants are merged (merge_consts_recursive), merged into a new set.
    s2 = set()
    s2.update(frozenset(tuple(frozenset(items))))
    data["set_displays"].append([spec(items), repr(s1), repr(s2)])

# Iteration order after many deletions (dummies) and re-insertions, then resizes.
data["set_churn"] = []
for _ in range(40):
    pool = rng.choice(POOLS[:3])
    init = rand_items(pool, rng.randint(0, 30))
    s = set(init)
    ops = []
    for _ in range(rng.randint(10, 80)):
        x = pool()
        if rng.random() < 0.5:
            ops.append(["add", spec(x)])
            s.add(x)
        else:
            ops.append(["discard", spec(x)])
            s.discard(x)
    data["set_churn"].append({"init": spec(init), "ops": ops, "out": repr(s), "list": repr(list(s))})

# ------------------------------------------------------------------ dicts
DICT_KEYS = [0, 1, 2, 3, -1, 1.0, 2.0, True, False, 0.0, 1.5, "a", "b", "__proto__", "constructor", (1, 2), (1, 2.0),
             (), None, 2**60, 2**70, float(2**70), "hasOwnProperty", (True, (1,))]
DICT_OPS = ["set", "set", "set", "del", "get", "pop", "pop_default", "popitem", "setdefault", "update", "clear",
            "copy", "contains", "keys", "values", "items", "eq", "or", "ior", "getitem", "fromkeys"]


def dict_op(d, op, k, v, pairs):
    if op == "set":
        d[k] = v
        return None
    if op == "del":
        del d[k]
        return None
    if op == "getitem":
        return d[k]
    if op == "get":
        return d.get(k)
    if op == "pop":
        return d.pop(k)
    if op == "pop_default":
        return d.pop(k, "dflt")
    if op == "popitem":
        return d.popitem()
    if op == "setdefault":
        return d.setdefault(k, v)
    if op == "update":
        return d.update(pairs)
    if op == "clear":
        return d.clear()
    if op == "copy":
        return d.copy()
    if op == "contains":
        return k in d
    if op in ("keys", "values", "items"):
        return getattr(d, op)()
    if op == "eq":
        return d == dict(pairs)
    if op == "or":
        return d | dict(pairs)
    if op == "ior":
        d |= pairs
        return None
    if op == "fromkeys":
        return dict.fromkeys([p[0] for p in pairs], v)
    raise ValueError(op)


data["dict_ops"] = []
for _ in range(150):
    keys = rng.sample(DICT_KEYS, rng.randint(2, len(DICT_KEYS)))
    init = [[k, rng.randint(0, 9)] for k in rng.choices(keys, k=rng.randint(0, 8))]
    d = dict(init)
    ops, outs = [], []
    for _ in range(rng.randint(1, 12)):
        op = rng.choice(DICT_OPS)
        k, v = rng.choice(keys), rng.randint(0, 99)
        pairs = [(rng.choice(keys), rng.randint(0, 9)) for _ in range(rng.randint(0, 4))]
        ops.append([op, spec(k), v, spec(pairs)])
        outs.append(outcome(lambda: dict_op(d, op, k, v, pairs)) + " | " + repr(d))
    data["dict_ops"].append({"init": spec(init), "ops": ops, "out": outs})

# ------------------------------------------------------------------ sorting
KEYS = {"neg": lambda x: -x, "mod7": lambda x: x % 7, "len": len, "first": lambda t: t[0], "pairkey": lambda x: (x % 3, -x)}


def sort_case(items, key=None, reverse=False):
    lst = list(items)
    res = outcome(lambda: lst.sort(key=KEYS[key] if key else None, reverse=reverse))
    return {"items": spec(items), "key": key, "reverse": reverse, "out": res + " | " + repr(lst)}


data["sort"] = []
for _ in range(120):
    n = rng.choice([0, 1, 2, 3, 5, 10, 31, 64, 65, 100, 200, 700])
    kind = rng.choice(["int", "dup", "runs", "str", "tuple", "float", "pyfloat"])
    if kind == "int":
        items = [rng.randint(-10**6, 10**6) for _ in range(n)]
    elif kind == "dup":
        items = [rng.randint(0, 5) for _ in range(n)]
    elif kind == "runs":
        items = sorted(rng.randint(0, 1000) for _ in range(n))
        for _ in range(rng.randint(0, 6)):
            i, j = sorted(rng.sample(range(n + 1), 2)) if n > 1 else (0, 0)
            items[i:j] = reversed(items[i:j]) if rng.random() < 0.5 else [rng.randint(0, 1000) for _ in range(j - i)]
    elif kind == "str":
        items = ["".join(rng.choice("abcé日😀") for _ in range(rng.randint(0, 4))) for _ in range(n)]
    elif kind == "tuple":
        items = [(rng.randint(0, 3), rng.choice("xyz")) for _ in range(n)]
    elif kind == "float":
        items = [rng.choice([rng.random(), rng.randint(-5, 5), rng.random() * 100]) for _ in range(n)]
    else:
        items = [float(rng.randint(0, 20)) if rng.random() < 0.5 else rng.randint(0, 20) for _ in range(n)]
    key = None
    if kind in ("int", "dup", "runs") and rng.random() < 0.5:
        key = rng.choice(["neg", "mod7", "pairkey"])
    elif kind == "str" and rng.random() < 0.5:
        key = "len"
    elif kind == "tuple" and rng.random() < 0.5:
        key = "first"
    data["sort"].append(sort_case(items, key, rng.random() < 0.4))
# Mixed types: the TypeError names the operands of the first failing comparison, and the list is
# left as CPython leaves it.
for _ in range(60):
    n = rng.choice([2, 3, 6, 20, 70, 150, 400])
    items = [rng.randint(0, 50) for _ in range(n)]
    for _ in range(rng.randint(1, 3)):
        items[rng.randrange(n)] = rng.choice(["s", None, (1,)])
    data["sort"].append(sort_case(items, None, rng.random() < 0.3))
data["sort"].append(sort_case([3, float("nan"), 1, 2, float("nan"), 0]))
data["sort"].append(sort_case([True, 0, 1.0, False, 2, 0.5]))

# ------------------------------------------------------------------ slicing
BOUNDS = [None, 0, 1, 2, -1, -2, 5, -5, 100, -100, 2**70, -(2**70), True]
STEPS = [None, 1, 2, 3, -1, -2, -3, 0, 2**70, -(2**70)]
data["slices"] = []
for _ in range(400):
    seq = list(range(rng.randint(0, 8)))
    lo, hi, st = rng.choice(BOUNDS), rng.choice(BOUNDS), rng.choice(STEPS)
    value = list(range(100, 100 + rng.randint(0, 5)))
    case = {"seq": spec(seq), "lo": spec(lo), "hi": spec(hi), "step": spec(st), "value": spec(value)}
    case["get"] = outcome(lambda: seq[lo:hi:st])
    case["tget"] = outcome(lambda: tuple(seq)[lo:hi:st])
    case["sget"] = outcome(lambda: "abcdefgh"[: len(seq)][lo:hi:st])
    a = list(seq)
    case["set"] = outcome(lambda: a.__setitem__(slice(lo, hi, st), value)) + " | " + repr(a)
    b = list(seq)
    case["del"] = outcome(lambda: b.__delitem__(slice(lo, hi, st))) + " | " + repr(b)
    case["indices"] = outcome(lambda: slice(lo, hi, st).indices(len(seq)))
    data["slices"].append(case)
for lo, hi, st in [(1.5, None, None), (None, "a", None), (None, None, 1.5)]:
    data["slices"].append({"seq": spec([1, 2, 3]), "lo": spec(lo), "hi": spec(hi), "step": spec(st), "value": [],
                           "get": outcome(lambda: [1, 2, 3][lo:hi:st]), "tget": outcome(lambda: (1, 2, 3)[lo:hi:st])})

# ------------------------------------------------------------------ item access and methods
INDEXES = [0, 1, 2, -1, -3, -4, 3, 10, True, False, 2**70, -(2**70), 1.0, 1.5, "a", None, (1,)]
data["items"] = []
for container in [[10, 20, 30], (10, 20, 30), {1: "one", "a": "A", (1,): "t", 2.5: "f"}, "xyz", 5, None]:
    for k in INDEXES:
        c = container
        get = outcome(lambda: c[k])
        if isinstance(c, (list, dict)):
            c1 = type(c)(c)
            setr = outcome(lambda: c1.__setitem__(k, "v")) + " | " + repr(c1)
            c2 = type(c)(c)
            delr = outcome(lambda: c2.__delitem__(k)) + " | " + repr(c2)
        else:
            c1 = c

            def assign():
                c1[k] = "v"

            def delete():
                del c1[k]
            setr, delr = outcome(assign), outcome(delete)
        data["items"].append([spec(container), spec(k), get, setr, delr])

LIST_CALLS = [("append", [4]), ("append", []), ("extend", [[7, 8]]), ("extend", [5]), ("extend", ["ab"]),
              ("insert", [0, 9]), ("insert", [-1, 9]), ("insert", [100, 9]), ("insert", [-100, 9]), ("insert", ["a", 1]),
              ("insert", [1]), ("pop", []), ("pop", [0]), ("pop", [-1]), ("pop", [5]), ("pop", [-5]), ("pop", [True]),
              ("pop", ["x"]), ("pop", [2**70]), ("pop", [1, 2]), ("remove", [2]), ("remove", [2.0]), ("remove", [9]),
              ("index", [2]), ("index", [9]), ("index", [2, 2]), ("index", [3, 0, 2]), ("index", [3, -2]),
              ("index", [1, -100, 100]), ("index", [1, "a"]), ("index", []), ("count", [2]), ("count", [True]),
              ("count", []), ("reverse", []), ("clear", []), ("copy", []), ("copy", [1]), ("sort", [])]
data["list_calls"] = []
for base in [[1, 2, 3, 2], [], [True, 1, 1.0]]:
    for name, args in LIST_CALLS:
        lst = list(base)
        data["list_calls"].append([spec(base), name, spec(args),
                                   outcome(lambda: getattr(lst, name)(*args)) + " | " + repr(lst)])
for name, args in [("index", [2]), ("index", [9]), ("index", [2, 2]), ("count", [2]), ("count", []), ("index", [])]:
    data["list_calls"].append([{"t": spec([1, 2, 3, 2])}, name, spec(args),
                               outcome(lambda: getattr((1, 2, 3, 2), name)(*args))])

# ------------------------------------------------------------------ reprs and comparisons
REPRS = [[], (), {}, S(), FS(), [1], (1,), (1, 2), [[]], [(), [()]], {1: [2], "a": ()}, S([3, 1, 2]), FS([3, 1, 2]),
         S("bac"), [FS([FS([1])])], {FS([1, 2]): 3}, S([(1, 2), (2, 1)]), {None: True, False: None},
         [1.5, -0.0, 2.0, "it's", 'say "hi"', "both ' \"", "tab\t"], S(range(40)), S([-1, -2, 10**20, 2**61])]
data["reprs"] = [[spec(r), repr(build(spec(r)))] for r in REPRS]

# One NaN object: containers compare items by identity first. (JS cannot tell NaN objects apart,
# so the runtime treats every NaN as that same object.)
NAN = float("nan")
CMP = [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 2], [1]), ([], []), ([1, "a"], [1, 2]), ([1, [2, 3]], [1, [2, 4]]),
       ((1, 2), (1, 2, 0)), ((), (0,)), ((1, 2.0), (1, 2)), ([True], [1]), ("nan", "nan"),
       (S([1, 2]), S([2, 1])), (S([1]), S([1, 2])), (S([1, 2]), FS([1, 2])), (S([1, 3]), S([1, 2])),
       ({1: 2, 3: 4}, {3: 4, 1: 2}), ({1: 2}, {1.0: 2.0}), ({1: 2}, {1: 3}), (S(), [])]
data["compare"] = []
for a, b in CMP:
    if a == "nan":
        x = y = [NAN]
        a = b = spec(x)
    else:
        a, b = spec(a), spec(b)
        x, y = build(a), build(b)
    data["compare"].append([a, b, [outcome(lambda: f(x, y)) for f in
                                   (lambda p, q: p == q, lambda p, q: p < q, lambda p, q: p <= q,
                                    lambda p, q: p > q, lambda p, q: p >= q)]])

# Slices compare as (start, stop, step) tuples.
SLICES = [(1, 2, None), (1, 3, None), (1, 2, 0), (None, 2, None), (1, 2, None)]
data["slice_compare"] = [[spec(a), spec(b), [outcome(lambda: f(slice(*a), slice(*b))) for f in
                                            (lambda p, q: p == q, lambda p, q: p < q, lambda p, q: p >= q)]]
                         for a in SLICES for b in SLICES]

# Dict views: reprs, set operations with sets, lists and other views, comparisons.
VIEW_DICTS = [spec(d) for d in [{1: "a", 2: "b", 3: "c"}, {}, {"x": 1, (1, 2): 2}]]
VIEW_OTHERS = [spec(o) for o in [S([1, 2, 9]), [2, 3, 4], FS([(1, "a"), (2, "x")]), "xy", S(), 5]]
data["views"] = []
for ds in VIEW_DICTS:
    d = build(ds)
    for view in ["keys", "values", "items"]:
        v = getattr(d, view)()
        row = {"dict": ds, "view": view, "repr": repr(v), "len": len(v), "ops": []}
        for os_ in VIEW_OTHERS + ["keys", "items"]:
            o = getattr(d, os_)() if os_ in ("keys", "items") else build(os_)
            row["ops"].append([os_, [outcome(lambda: f(v, o)) for f in
                                     (lambda p, q: p & q, lambda p, q: q & p, lambda p, q: p | q, lambda p, q: p - q,
                                      lambda p, q: q - p, lambda p, q: p ^ q, lambda p, q: p == q,
                                      lambda p, q: p <= q, lambda p, q: p > q)]])
        row["contains"] = [outcome(lambda: x in v) for x in [1, "a", (1, "a"), (1, "b"), "x", [1]]]
        data["views"].append(row)

# Recursive containers (built the same way by the JS test).
a = [1]
a.append(a)
d = {}
d["k"] = d
lst = []
t = (lst,)
lst.append(t)
dv = {}
dv["v"] = dv.values()
s = {(1, 2)}
data["recursive"] = {"list_self": repr(a), "dict_self": repr(d), "tuple_in_list": repr(t),
                     "dict_values_self": repr(dv), "shared_not_recursive": repr([s, s])}


# User objects as keys (the JS test defines the same classes).
class P:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return self.x

    def __eq__(self, o):
        return isinstance(o, P) and o.x == self.x

    def __repr__(self):
        return f"P({self.x})"


class Q:
    __hash__ = None


class R:
    def __hash__(self):
        return "x"


class DD(dict):
    def __missing__(self, k):
        return k + "!"


class EqInt:
    """Equal to the int it wraps, with the same hash."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return self.v == other

    def __repr__(self):
        return f"E({self.v})"


def cross_type():
    mixed = {1: "one", 2: "two", -1: "neg"}
    out = [mixed[EqInt(1)], EqInt(2) in mixed, EqInt(3) in mixed, mixed.get(EqInt(-1))]
    d2 = {EqInt(1): "e1", EqInt(5): "e5"}
    out += [d2[1], 5 in d2, 6 in d2, d2.get(True)]
    d2[1] = "x"
    del d2[5]
    d2[2] = "two"
    out.append(d2)
    s = {1, 2, 3}
    s.add(EqInt(2))
    s.add(EqInt(7))
    out += [EqInt(2) in s, 7 in s, s]
    s.discard(7)
    s2 = {EqInt(4), EqInt(-1)}
    s2.add(4)
    out += [s, 4 in s2, -1 in s2, s2]
    s2.remove(4)
    out += [s2, s2 == {-1}, {-1} == s2]
    return " ".join(map(repr, out))


d = {P(1): "a", P(2): "b"}
d[P(1)] = "c"
s = {P(3), P(1), P(3), P(11)}
dd = DD()
dd["a"] = 1
data["user"] = {"custom": f"{d!r} {P(1) in d} {d.get(P(3))!r} {s!r}", "unhashable": outcome(lambda: {Q()}),
                "bad_hash": outcome(lambda: hash(R())), "cross_type": cross_type(), "missing": f"{dd['a']!r} {dd['zz']!r} {len(dd)}"}

json.dump(data, sys.stdout, separators=(",", ":"), ensure_ascii=False)
print()
