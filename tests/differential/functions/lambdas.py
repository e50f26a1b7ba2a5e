# Lambdas: defaults, closures, immediately invoked, in data structures.
square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2), (lambda x, y=2: x ** y)(3))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
print([ops[o](12, 4) for o in "+-*/"])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda x: x % 3, range(7))))
print(list(filter(lambda x: x and x % 2, [0, 1, 2, 3, None, 5])))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(square.__name__, (lambda: 0).__name__, type(square).__name__)
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("x")("y")("z"))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
cond = lambda v: "neg" if v < 0 else "zero" if v == 0 else "pos"
print([cond(v) for v in (-1, 0, 1)])
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
table = [(lambda n=n: n * n) for n in range(4)]
print([t() for t in table])
try:
    square()
except TypeError as e:
    print("TypeError", e)
try:
    (lambda: 1)(1)
except TypeError as e:
    print("TypeError", e)
