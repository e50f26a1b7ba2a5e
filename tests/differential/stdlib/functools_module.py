import functools
from functools import lru_cache, partial, reduce, total_ordering, cmp_to_key, cached_property, wraps


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100), fib.cache_info())


@functools.cache
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n - k, k) + ways(n, k - 1)


print(ways(100, 100))


@lru_cache(maxsize=2)
def sq(x):
    return x * x


for v in [1, 2, 1, 3, 1]:
    sq(v)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())


def power(base, exp=2):
    return base ** exp


cube = partial(power, exp=3)
print(cube(3), partial(power, 2)(10), cube.args, cube.keywords)
print(reduce(lambda a, b: a * b, range(1, 10)), reduce(operator_add := (lambda a, b: a + b), [], 0))


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), Version(1, 0) >= Version(0, 9), Version(1, 0) <= Version(0, 9), max(vs))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing")
        return 3.14159 * self.r ** 2


c = Circle(2)
print(c.area, c.area)


def logged(f):
    @wraps(f)
    def inner(*args, **kwargs):
        print("calling", f.__name__)
        return f(*args, **kwargs)
    return inner


@logged
def add(a, b=1):
    return a + b


print(add(2, b=5), add.__name__)


@functools.singledispatch
def describe(x):
    return "thing"


@describe.register(int)
def _(x):
    return "int " + str(x)


@describe.register(list)
def _(x):
    return "list of " + str(len(x))


print(describe(3), describe([1, 2]), describe("s"), describe(True))


class Solver:
    @lru_cache(maxsize=None)
    def steps(self, n):
        return 0 if n == 1 else 1 + self.steps(n // 2 if n % 2 == 0 else 3 * n + 1)


print(Solver().steps(27))
