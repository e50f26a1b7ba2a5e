# Evaluation order and short-circuit semantics: and/or return operands, chained comparisons evaluate once,
# conditional expressions, augmented assignment targets evaluated once, argument order, __bool__/__len__ rules.
log = []
def t(label, value):
    log.append(label)
    return value
def flush():
    out = " ".join(log)
    log.clear()
    return out
print(t("a", 0) or t("b", "") or t("c", [1]) or t("d", 2), flush())
print(t("a", 1) and t("b", "x") and t("c", None) and t("d", 2), flush())
print(t("a", 1) < t("b", 2) < t("c", 3) < t("d", 0) < t("e", 9), flush())
print(t("a", 5) > t("b", 7) > t("c", 1), flush())
print(t("a", 1) == t("b", 1.0) != t("c", 2) is not t("d", None), flush())
print(t("a", 3) in t("b", [1, 2, 3]) not in t("c", [[True]]), flush())
print(t("x", 1) if t("cond", []) else t("y", 2), flush())
print([t("first", 1), t("second", 2)][t("idx", 1)], flush())
print({t("k1", "a"): t("v1", 1), t("k2", "b"): t("v2", 2)}, flush())
def f(*a, **k):
    return a, k
print(f(t("p1", 1), *t("star", [2]), k=t("kw", 3), **t("dstar", {"z": 4})), flush())
class Box:
    def __init__(self):
        self.items = [10, 20]
        self.n = 0
    def get(self):
        log.append("get")
        return self
b = Box()
b.get().items[t("i", 0)] += t("rhs", 5)
print(b.items, flush())
b.get().n += 1
print(b.n, flush())
d = {"k": [1]}
d[t("key", "k")][t("pos", 0)] *= t("m", 3)
print(d, flush())
x = [0, 0, 0]
i = 0
i, x[i] = 1, 9
print(i, x)
a = b2 = c = []
a.append(1)
print(a, b2, c, a is c)
class Weird:
    def __init__(self, v, n=None):
        self.v, self.n = v, n
    def __bool__(self):
        log.append(f"bool{self.v}")
        return self.v
    def __len__(self):
        log.append(f"len{self.n}")
        return self.n
class OnlyLen:
    def __len__(self):
        return 0
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
print(bool(Weird(True, 0)), bool(OnlyLen()), not OnlyLen(), flush())
print(Weird(False) or "fallback", Weird(True) and "then", flush())
for obj in [BadBool(), BadLen()]:
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError in if:", e)
print(1 < 2 > 1.5 == 1.5 != "x", (1 < 2) < 3, 1 < (2 < 3), not 1 == 2, not (1 and 0), [] == [] is not [], 0 == False is False)
print(None or [] or {} or 0 or "", 0 and 1 / 0, "" or "default", [0] and "yes", (lambda: None)() or "none->")
n = 0
def side():
    global n
    n += 1
    return n
print(side() < side() < side(), n, side() if side() > 100 else -side(), n)
print(all(t(f"all{i}", i < 2) for i in range(5)), flush(), any(t(f"any{i}", i == 1) for i in range(5)), flush())
