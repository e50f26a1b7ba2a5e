import inspect
import functools

def area(width, height=1, *extra, scale=1.0, **opts):
    """Return the scaled area."""
    total = width * height * scale
    for e in extra:
        total *= e
    return total

def counter():
    count = 0
    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump

class Shape:
    def __init__(self, name):
        self.name = name

    def describe(self, prefix="shape"):
        return f"{prefix}:{self.name}"

    @staticmethod
    def unit():
        return Shape("unit")

    @classmethod
    def named(cls, name):
        return cls(name)

code = area.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames[:code.co_argcount + code.co_kwonlyargcount])
print(area.__name__, area.__qualname__, area.__module__)
print(area.__doc__)
print(area.__defaults__, area.__kwdefaults__)

b = counter()
print(b.__name__, b.__qualname__)
print(b.__code__.co_freevars)
print(counter.__code__.co_cellvars)
print(b(), b(5), b())

print(Shape.describe.__qualname__, Shape.describe.__code__.co_argcount)
print(Shape.unit.__qualname__, Shape.named.__func__.__qualname__)

sig = inspect.signature(area)
print(sig)
for name, p in sig.parameters.items():
    print(f"  {name:8} {str(p.kind):24} default={p.default!r}")
print(inspect.signature(Shape.describe))
print(inspect.signature(lambda a, /, b, *, c=3: None))

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@logged
def greet(who: str, punct: str = "!") -> str:
    "Say hello."
    return f"hello {who}{punct}"

print(greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
print(greet.__annotations__)
print(inspect.signature(greet))
print(greet("ann"))

def arity(fn):
    c = fn.__code__
    return c.co_argcount + c.co_kwonlyargcount

for fn in (area, b, greet.__wrapped__, Shape.describe, lambda: 0, lambda x, y: x):
    print(getattr(fn, "__name__"), arity(fn))

print(inspect.isfunction(area), inspect.ismethod(Shape("x").describe), inspect.isclass(Shape))
print(callable(area), callable(Shape), callable(3))
print(area.__code__.co_flags & 0x04 != 0, area.__code__.co_flags & 0x08 != 0)
