# *iterable and **mapping at call sites, and in literals.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
nums = [1, 2, 3]
opts = {"sep": "-", "end": "!"}
print(show(*nums), show(0, *nums, 4), show(*nums, *nums), show(*"ab", *range(2)))
print(show(**opts), show(x=1, **opts), show(*nums, **opts, extra=True))
print(*nums)
print(*nums, sep=", ")
print(*"hello", **{"sep": "."})
print([*nums, *"ab", *(4, 5)], (*nums,), {*nums, *[3, 4]}, {**{"a": 1}, "b": 2, **{"a": 3}})
print([*range(3), *{}, *()], [*{"x": 1, "y": 2}], [*{"x": 1}.items()])
def point(x, y, z=0):
    return (x, y, z)
coords = (1, 2)
print(point(*coords), point(*coords, 3), point(**{"x": 5, "y": 6}), point(*[1], **{"y": 2, "z": 3}))
def f(a, b, *rest, c, **kw):
    return a, b, rest, c, kw
print(f(*range(5), c=9, **{"d": 10}))
first, *others = [*nums, *nums]
print(first, others)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
args = ([1, 2], [3, 4])
print(list(map(lambda a, b: a * b, *args)), max(*nums), min(*"zyx"))
try:
    point(*nums, *nums)
except TypeError as e:
    print("TypeError", e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError", e)
