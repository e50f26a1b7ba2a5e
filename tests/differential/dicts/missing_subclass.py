# dict subclasses: __missing__, overriding methods, and what bypasses overrides.
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(c, c["z"], "z" in c, c.get("z"), len(c), type(c).__name__, isinstance(c, dict))
class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value
tree = AutoVivify()
tree["a"]["b"]["c"] = 1
tree["a"]["x"] = 2
print(tree)
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
u = Upper()
u["abc"] = 1
print(u, u["ABC"], u["abc"], dict.get(u, "abc"), "ABC" in u)
u2 = Upper({"low": 1})
u2.update({"more": 2})
print(u2)
class Logged(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.log = []
    def __delitem__(self, key):
        self.log.append(key)
        super().__delitem__(key)
lg = Logged(x=1, y=2)
del lg["x"]
print(lg, lg.log, lg.pop("y"), lg.log)
class KeyErr(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key}!")
try:
    KeyErr()["q"]
except KeyError as e:
    print("KeyError", e)
class WithRepr(dict):
    def __repr__(self):
        return "WithRepr(" + super().__repr__() + ")"
print(WithRepr(a=1), [WithRepr()], str(WithRepr(b=2)))
print(Counter(a=1) == {"a": 1}, Counter.__mro__[1].__name__, Counter.__bases__[0] is dict)
