"""Error paths real scripts hit while refactoring: wrong call arities, odd class attributes."""
import functools


def make_handlers():
    def on_click(event):
        return f"click {event}"

    def on_key(event, mods=()):
        return f"key {event} {mods}"

    return {"click": on_click, "key": on_key, "scroll": lambda delta: f"scroll {delta}"}


handlers = make_handlers()
calls = [("click", ("btn",)), ("click", ("btn", "extra")), ("key", ("a", ("ctrl",))), ("key", ("a", (), 3)), ("scroll", (5,)), ("scroll", (5, 6)), ("click", ())]
for name, args in calls:
    try:
        print(handlers[name](*args))
    except TypeError as e:
        print("TypeError:", e)


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        return fn(*args, **kwargs)
    return wrapper


@logged
def area(w, h):
    return w * h


@functools.lru_cache(maxsize=None)
def slow_square(n):
    return n * n


print(area(3, 4), slow_square(9))
for f, args in [(area, (1, 2, 3)), (slow_square, (2, 3)), (area, (1,))]:
    try:
        f(*args)
    except TypeError as e:
        print("TypeError:", e)

try:
    def inside_try(a, b=2):
        return a + b
    print(inside_try(1), inside_try(1, 5))
    inside_try(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

if True:
    def conditional(x):
        return x * 10
print(conditional(4))
try:
    conditional(4, 5)
except TypeError as e:
    print("TypeError:", e)


class Weird:
    __add__ = 3
    __radd__ = None
    __iter__ = None

    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError(i)


w = Weird()
for label, op in [("w + 1", lambda: w + 1), ("1 + w", lambda: 1 + w), ("iter(w)", lambda: iter(w)), ("list(w)", lambda: list(w))]:
    try:
        print(label, op())
    except TypeError as e:
        print(label, "TypeError:", e)
print(w[1], 2 in [w[0], w[2]])


class Temperature(float):
    def __str__(self):
        return f"{float(self):.1f}°"

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return super().__format__(spec)


class Count(int):
    def __format__(self, spec):
        return "[" + super().__format__(spec) + "]"


t = Temperature(21.456)
print(t, f"{t}", f"{t:.2f}", f"{t:.1F}", f"{t:>10.3}", repr(t), f"{Count(1234567):,}", f"{Count(5)}", f"{Count(42):x}")

gen = (n * n for n in range(3))
print(gen.__name__, gen.__qualname__, list(gen))


def squares(k):
    return (n * n for n in range(k))


class Grid:
    def cells(self):
        return (c for c in "abc")


print(squares(2).__qualname__, Grid().cells().__qualname__, Grid().cells().__name__)
raw = rb"name\tage\n\x41da\t\u00e9t\u00e9"
text = raw.decode("unicode_escape")
print(repr(text), text.encode("unicode_escape") == raw.replace(rb"\x41", b"A").replace(rb"\u00e9", rb"\xe9"), "é\n".encode("unicode_escape"))
print(repr("C:\\temp\\new".encode("unicode_escape").decode("ascii")), "\\u263a smile".encode().decode("unicode_escape"), "x\\ty".encode("raw_unicode_escape"))
