# Walrus in comprehensions (binding scope), nonlocal in nested closures with loops (late binding), default mutable args.
data = [3, 8, 1, 9, 4]
hits = [y for x in data if (y := x * 2) > 6]
print(hits, y)
total = 0
running = [total := total + x for x in data]
print(running, total)
print([last := c for c in "abc"], last)
def f():
    [z := i for i in range(3)]
    return z
print(f())
def g():
    any((w := v) > 5 for v in data)
    return w
print(g())
def counter_factory():
    count = 0
    def incr(by=1):
        nonlocal count
        count += by
        return count
    def peek():
        return count
    return incr, peek
inc, peek = counter_factory()
inc(); inc(5)
print(peek())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])
def make():
    out = []
    for i in range(3):
        def h():
            return i * 10
        out.append(h)
    i = 100
    return out
print([h() for h in make()])
def make2():
    out = []
    for i in range(3):
        def outer(i=i):
            def inner():
                nonlocal i
                i += 1
                return i
            return inner
        out.append(outer())
    return out
fs = make2()
print([fn() for fn in fs], [fn() for fn in fs])
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
def keyed(k, d={}):
    d[k] = d.get(k, 0) + 1
    return d
keyed("a"); keyed("b"); keyed("a")
print(keyed.__defaults__[0])
def deep():
    x = 0
    def l1():
        def l2():
            def l3():
                nonlocal x
                x += 1
                return x
            return l3
        return l2
    f3 = l1()()
    f3(); f3()
    return x
print(deep())
x = "global"
def shadow():
    x = "enclosing"
    def inner():
        global x
        x = "set by inner"
        return x
    r = inner()
    return x, r
print(shadow(), x)
def cells():
    fs = []
    for j in range(3):
        fs.append(lambda: j)
        j = j * 100
    return [fn() for fn in fs]
print(cells())
def walrus_in_while(seq):
    it = iter(seq)
    out = []
    while (item := next(it, None)) is not None:
        out.append(item)
    return out, item
print(walrus_in_while([1, 2, 3]))
matrix = [[1, 2], [3, 4]]
print([[(s := s + v) for v in row] for row in matrix if (s := 0) == 0], s)
print({k: (n := len(k)) for k in ("ab", "cde")}, n)
print((lambda: (t := 5) + t)(), [(a, b) for a in range(3) if (b := a * a) % 2 == 0])
def gen_walrus():
    yield from ((q := v) for v in range(2))
print(list(gen_walrus()))
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        shifted = [v + len(vals) for v in vals]
    except NameError as e:
        err = str(e)
print(K.doubled, K.err)
class K2:
    base = 10
    try:
        items = [base + i for i in range(2)]
    except NameError as e:
        err = str(e)
    first = [i for i in range(base)][:2]
print(K2.err, K2.first)
