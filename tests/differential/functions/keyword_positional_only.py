# Positional-only (/) and keyword-only (*) parameters.
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5), f(1, 2, c=3, e=5), f(1, 2, 3, 40, e=50, f=60), f(1, 2, d=0, c=9, e=8))
bad_calls = [
    lambda: f(a=1, b=2, c=3, e=5),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4, 5, e=6),
    lambda: f(1, 2, 3, e=5, g=7),
    lambda: f(1, 2, 3, c=3, e=5),
    lambda: f(1),
    lambda: f(),
    lambda: f(1, b=2, c=3, e=4),
]
for call in bad_calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
def kwonly(*, x, y=2):
    return x, y
print(kwonly(x=1), kwonly(y=0, x=1))
try:
    kwonly(1)
except TypeError as e:
    print("TypeError", e)
try:
    kwonly()
except TypeError as e:
    print("TypeError", e)
def kwonly2(*, a, b, c=0):
    return a + b + c
try:
    kwonly2()
except TypeError as e:
    print("TypeError", e)
def posonly(x, y, /):
    return x - y
print(posonly(5, 3))
try:
    posonly(x=5, y=3)
except TypeError as e:
    print("TypeError", e)
def mixed(a, /, **kw):
    return a, kw
print(mixed(1, a=2, b=3))
def star_then_kw(*args, sep="-"):
    return sep.join(map(str, args))
print(star_then_kw(1, 2, 3), star_then_kw(1, 2, sep="+"), star_then_kw())
def defaults_pos_only(a, b=2, /, c=3):
    return a, b, c
print(defaults_pos_only(1), defaults_pos_only(1, 5), defaults_pos_only(1, c=7))
