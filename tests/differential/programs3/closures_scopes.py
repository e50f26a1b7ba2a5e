def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter(10)
inc()
inc(5)
print(get())
print(inc.__closure__ is not None, len(inc.__closure__), get.__closure__[0].cell_contents)
print(make_counter.__closure__, (lambda: 0).__closure__)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])

x = "global"


def outer():
    x = "enclosing"

    def inner():
        return x

    x = "rebound"
    return inner


print(outer()())


def scope_test():
    def do_local():
        spam = "local spam"

    def do_nonlocal():
        nonlocal spam
        spam = "nonlocal spam"

    def do_global():
        global spam
        spam = "global spam"

    spam = "test spam"
    do_local()
    print("After local assignment:", spam)
    do_nonlocal()
    print("After nonlocal assignment:", spam)
    do_global()
    print("After global assignment:", spam)


scope_test()
print("In global scope:", spam)


def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
    return y


unbound()
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)


def adders():
    return [lambda x, n=n: x + n for n in range(1, 4)]


print([a(10) for a in adders()])


class Registry:
    items = []
    total = sum(range(5))
    doubled = [v * 2 for v in range(3)]

    def add(self, v):
        self.items.append(v)
        return self


Registry().add(1).add(2)
print(Registry.items, Registry.total, Registry.doubled)


def gen_closure():
    acc = []

    def push(v):
        acc.append(v)
        return len(acc)

    push(1)
    push(2)
    return acc, push


acc, push = gen_closure()
push(3)
print(acc, push.__name__, push.__qualname__)


def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"<{tag}>{fn(*a, **k)}</{tag}>"
        inner.__name__ = fn.__name__
        return inner
    return wrap


@deco("b")
@deco("i")
def hello(name):
    return "hi " + name


print(hello("bo"), hello.__name__)
