# Closures: captured variables, late binding, independent instances.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1, c2 = make_counter(), make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
late = [lambda: i for i in range(3)]
print([f() for f in late])
bound = [lambda i=i: i for i in range(3)]
print([f() for f in bound])
def make_multipliers():
    result = []
    for k in range(1, 4):
        def mul(x, k=k):
            return x * k
        result.append(mul)
    return result
print([m(10) for m in make_multipliers()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()
print(outer()())
def accumulator():
    items = []
    def add(v):
        items.append(v)
        return list(items)
    return add
acc = accumulator()
acc(1)
print(acc(2), acc.__closure__ is not None)
def adders():
    fs = {}
    for name, n in [("two", 2), ("five", 5)]:
        fs[name] = (lambda n: lambda x: x + n)(n)
    return fs
a = adders()
print(a["two"](1), a["five"](1))
def shared_state():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = shared_state()
print(get(), set_(42), get())
def fib_gen():
    memo = {}
    def fib(n):
        if n < 2:
            return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
print(fib_gen()(90))
x = "global"
def reads_global():
    return x
def shadow():
    x = "local"
    return reads_global(), x
print(shadow())
