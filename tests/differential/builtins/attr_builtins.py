# hasattr, getattr, setattr, delattr.
class Obj:
    cls_val = "class"
    def method(self):
        return "method result"
o = Obj()
setattr(o, "x", 1)
setattr(o, "with space", 2)
setattr(o, "class", "keyword attr")
print(o.x, getattr(o, "with space"), getattr(o, "class"), getattr(o, "cls_val"), getattr(o, "method")())
print(hasattr(o, "x"), hasattr(o, "y"), hasattr(o, "method"), hasattr(o, "__init__"), hasattr(Obj, "x"))
print(getattr(o, "y", "default"), getattr(o, "y", None), getattr(Obj, "cls_val"))
delattr(o, "x")
print(hasattr(o, "x"), sorted(vars(o)))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print("AttributeError", e)
for bad in [lambda: getattr(o, 5), lambda: setattr(o, None, 1), lambda: hasattr(o, 1.5), lambda: getattr(o)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
for bad in [lambda: setattr(5, "x", 1), lambda: setattr("s", "upper", 1), lambda: delattr([], "append")]:
    try:
        bad()
    except AttributeError as e:
        print("AttributeError", e)
print(getattr(5, "real"), getattr("abc", "upper")(), getattr([], "__len__")(), hasattr(None, "x"))
class Prop:
    @property
    def broken(self):
        raise ValueError("getter failed")
    @property
    def attr_err(self):
        raise AttributeError("inner attribute error")
try:
    hasattr(Prop(), "broken")
except ValueError as e:
    print("hasattr propagates non-AttributeError:", e)
print(hasattr(Prop(), "attr_err"), getattr(Prop(), "attr_err", "fallback"))
names = ["alpha", "beta"]
holder = Obj()
for i, n in enumerate(names):
    setattr(holder, n, i)
print([getattr(holder, n) for n in names], {n: getattr(holder, n) for n in names})
