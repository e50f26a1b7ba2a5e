# JS-reserved names as function names, parameters and keyword arguments.
def function(this, new, default=None, *arguments, delete=False, **typeof):
    return {"this": this, "new": new, "default": default, "arguments": arguments, "delete": delete, "typeof": typeof}
print(function(1, 2))
print(function(1, 2, 3, 4, 5, delete=True, var=9, let=10))
print(function(new="n", this="t", default="d"))
print(function(**{"this": 0, "new": 0, "constructor": 1, "__proto__": 2, "toString": 3}))
def var(let, const):
    return let + const
def eval(x):
    return f"python eval({x})"
def constructor():
    return "constructor function"
def toString():
    return "toString function"
def valueOf(length, name):
    return length * name
print(var(1, 2), var(let=3, const=4), eval("1+1"), constructor(), toString(), valueOf(3, "ab"), valueOf(name="x", length=2))
def arguments(*args):
    return len(args)
print(arguments(1, 2, 3), arguments())
def undefined(null=None):
    return null is None
print(undefined(), undefined(0))
lam = lambda this, that=2: this * that
print(lam(5), lam(this=3, that=3))
def outer(prototype):
    def inner(__proto__):
        return prototype + __proto__
    return inner
print(outer(10)(5))
def kw_only(*, static, enum="E", interface):
    return static, enum, interface
print(kw_only(static=1, interface=3))
try:
    kw_only(static=1)
except TypeError as e:
    print("TypeError", e)
print(function.__name__, eval.__name__, constructor.__name__, toString.__name__)
