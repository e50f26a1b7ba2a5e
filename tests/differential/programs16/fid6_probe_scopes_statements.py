# Names and statements: class-body scoping, global/nonlocal corners, UnboundLocalError and NameError
# texts, del, loop else clauses, evaluation order of chained comparisons and augmented assignments.
log = []


def note(tag, value):
    log.append(tag)
    return value


x = "global x"


class Scope:
    x = "class x"
    y = [x for _ in range(1)]
    z = (lambda: x)()

    def method(self):
        return x


print(Scope.y, Scope.z, Scope().method())


def outer():
    v = "outer"

    def inner():
        nonlocal v
        v = "changed by inner"

        def innermost():
            global x
            x = "set by innermost"
            return v
        return innermost()
    r = inner()
    return v, r


print(outer(), x)


def unbound():
    try:
        print(w)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    w = 1
    del w
    try:
        w
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


unbound()
for src in ["undefined_name", "lenn([])", "Scope.nope", "pritn", "Scope().metho"]:
    try:
        eval_ = {"undefined_name": lambda: undefined_name, "lenn([])": lambda: lenn([]), "Scope.nope": lambda: Scope.nope,
                 "pritn": lambda: pritn, "Scope().metho": lambda: Scope().metho}[src]
        eval_()
    except (NameError, AttributeError) as e:
        print(type(e).__name__, e, getattr(e, "name", None))


def closure_cell():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * 10
        fs.append(f)
    j = 0
    gs = []
    while j < 3:
        gs.append(lambda: j)
        j += 1
    return [f() for f in fs], [g() for g in gs]


print(closure_cell())
for n in [5, 7, 9]:
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
k = 0
while k < 3:
    k += 1
    if k == 5:
        break
else:
    print("while finished without break, k =", k)


def try_flow(v):
    out = []
    try:
        out.append("try")
        if v == 0:
            raise ValueError("zero")
        if v == 1:
            return out + ["return-in-try"]
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out


print(try_flow(0), try_flow(1), try_flow(2))
log.clear()
r = note("a", 1) < note("b", 2) < note("c", 0) < note("d", 3)
print(r, log)
log.clear()
r = note("a", 5) > note("b", 9) > note("c", 0)
print(r, log)


class Box:
    def __init__(self):
        self.items = {"k": 1}


boxes = [Box(), Box()]
log.clear()
note("target", boxes)[note("index", 1)].items[note("key", "k")] += note("value", 10)
print(log, boxes[1].items)
log.clear()
d = {}
d[note("k1", "a")] = d[note("k2", "b")] = note("v", [])
print(log, d, d["a"] is d["b"])
log.clear()
a, b = note("r1", 1), note("r2", 2)
a, b = b, a
print(a, b, log)
lst = list(range(10))
del lst[1:8:2], lst[0]
print(lst)
nested = {"a": [1, {"b": 2}]}
del nested["a"][1]["b"]
print(nested)
try:
    del nested["zz"]
except KeyError as e:
    print("KeyError", e)
(p, q), *rest = "ab", 3, 4
print(p, q, rest)
[m, [n, *o]] = [1, (2, 3, 4)]
print(m, n, o)
first, *middle, last = range(6)
print(first, middle, last)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
if (n := len(lst)) > 3:
    print("walrus n =", n)
print([y := t * 2 for t in range(3)], y)
total = 0
print([total := total + t for t in range(5)], total)
assert total == 10, "sum mismatch"
try:
    assert total == 11, f"sum is {total}"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare AssertionError args:", e.args)
