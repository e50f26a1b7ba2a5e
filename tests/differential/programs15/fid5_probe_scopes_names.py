# Names: class-body scoping, comprehension scopes in classes, global/nonlocal corners, del,
# shadowed builtins restored, late binding of closures, default-argument capture, JS words.
x = "module"


class K:
    x = "class"
    ys = [x for _ in range(2)]
    zs = [(lambda: x)() for _ in range(1)]
    length = len("abc")
    items = {n: x for n in "ab"}

    def m(self):
        return x


print(K.ys, K.zs, K.items, K().m(), K.length)


def counter():
    count = 0

    def inc(by=1):
        nonlocal count
        count += by
        return count

    def reset():
        nonlocal count
        old, count = count, 0
        return old
    return inc, reset


inc, reset = counter()
print(inc(), inc(5), reset(), inc())
fns = [lambda: i for i in range(3)]
fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns], [f() for f in fns2])


def set_global():
    global late_name
    late_name = "set late"


set_global()
print(late_name)
len = lambda s: 42
print(len("abc"))
del len
print(len("abc"))
try:
    del undefined_thing
except NameError as e:
    print("NameError:", e)


def outer():
    v = 1

    def mid():
        def inner():
            return v * 10
        return inner()
    v = 2
    return mid()


print(outer())


def unbound():
    try:
        print(q)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    q = 1
    return q


unbound()
var, function, new, this, typeof, default, arguments, constructor, prototype = range(9)
print(var + function + new + this + typeof + default + arguments + constructor + prototype)


class JS:
    def __init__(self):
        self.constructor = "c"
        self.prototype = "p"
        self.toString = "t"
        self.valueOf = 1
        self.hasOwnProperty = 2
        self.__proto__ = "proto"

    def delete(self, length=3, name="n"):
        return f"{length}{name}"


j = JS()
print(j.constructor, j.prototype, j.toString, j.valueOf, j.hasOwnProperty, j.__proto__, j.delete(name="x"))
print(sorted(vars(j)), getattr(j, "__proto__"), {"__proto__": 1, "constructor": 2, "toString": 3})
d = {}
d["__proto__"] = "v"
d["hasOwnProperty"] = "w"
print(d, "__proto__" in d, list(d), d.get("valueOf"), dict(__proto__=1))
lst = [x for x in range(3)]
print(x, [x for x in "ab"], x, (lambda x: x * 2)(4), x)
if (n := 10) > 5:
    print(n, [m := k * 2 for k in range(3)], m)
total = 0
for total in range(3):
    pass
print(total, __name__, type(__builtins__).__name__ in ("module", "dict"))
class_ = type("Dyn", (), {"attr": 1, "meth": lambda self: "dyn"})
print(class_.__name__, class_().meth(), class_.attr, class_.__qualname__)
