# Decorators: plain, with arguments, stacked, on methods, class decorators.
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.wrapped = fn
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3), add.__name__, add.wrapped(1, 1))
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def tag(name):
    def deco(fn):
        def wrapper():
            return f"<{name}>{fn()}</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "stacked"
print(text())
order = []
def mark(label):
    order.append("factory " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco
@mark("outer")
@mark("inner")
def marked():
    pass
print(order)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def cmd_a():
    return "A"
@register
def cmd_b():
    return "B"
print(sorted(registry), registry["cmd_b"]())
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
class Service:
    @count_calls
    def ping(self, x):
        return x * 2
s = Service()
print(s.ping(1), s.ping(2), Service.ping.calls)
def add_method(cls):
    cls.extra = lambda self: "extra from " + type(self).__name__
    return cls
@add_method
class Thing:
    pass
print(Thing().extra())
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))
@(lambda f: lambda: f() * 2)
def expr_decorated():
    return 21
print(expr_decorated())
