# *args and **kwargs collection and call-site unpacking.
def collect(*args, **kwargs):
    return args, kwargs
print(collect(), collect(1, 2), collect(a=1), collect(1, b=2, c=3))
print(collect(*[1, 2], *(3,), *"ab", *range(2)))
print(collect(**{"x": 1}, **{"y": 2}, z=3))
print(collect(*[], **{}))
def add3(a, b, c):
    return a + b + c
args = [1, 2, 3]
print(add3(*args), add3(1, *[2, 3]), add3(*[1], 2, *[3]), add3(**{"a": 1, "b": 2, "c": 3}), add3(1, **{"c": 3, "b": 2}))
for bad in [lambda: add3(*[1, 2]), lambda: add3(*[1, 2, 3, 4]), lambda: add3(1, **{"a": 1, "b": 2, "c": 3}),
            lambda: add3(*5), lambda: add3(**[1]), lambda: add3(1, 2, 3, d=4)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
def head_tail(first, *rest):
    return first, rest, type(rest).__name__
print(head_tail(1), head_tail(1, 2, 3), head_tail(*"xyz"))
def opts(name, **options):
    return name + "".join(f" {k}={v}" for k, v in options.items())
print(opts("cmd"), opts("cmd", verbose=True, level=3), opts(name="n", x=1))
def passthrough(*args, **kwargs):
    return collect(*args, **kwargs)
print(passthrough(1, 2, k=3))
def total(*nums, start=0):
    for n in nums:
        start += n
    return start
print(total(), total(1, 2, 3), total(1, 2, start=10), total(*range(101)))
def kwargs_keys(**kw):
    return sorted(kw)
print(kwargs_keys(b=1, a=2, **{"c": 3}))
def mutate(**kw):
    kw["added"] = True
    return kw
src = {"x": 1}
print(mutate(**src), src)
print(collect(*{"k1": 1, "k2": 2}), collect(*{3}), collect(*(i * i for i in range(4))))
