import sys


class AppError(Exception):
    code = 1

    def __str__(self):
        base = super().__str__()
        return f"[E{self.code}] {base}"


class ConfigError(AppError):
    code = 2


class NetError(AppError):
    code = 3

    def __init__(self, host, port):
        super().__init__(host, port)
        self.host, self.port = host, port

    def __str__(self):
        return f"[E{self.code}] cannot reach {self.host}:{self.port}"


for exc in [AppError("generic"), ConfigError("missing key", "db"), NetError("db.local", 5432), AppError()]:
    print(str(exc), "|", repr(exc), "|", exc.args)

try:
    raise NetError("a", 1)
except AppError as e:
    print(isinstance(e, NetError), e.code, type(e).__mro__[1].__name__)

print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), repr(ValueError()))
print(str(IndexError("list index out of range")), repr(StopIteration(5)), StopIteration(5).value)
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e), repr(e))
print(str(UnicodeError("x")), isinstance(ZeroDivisionError(), ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(FileNotFoundError, OSError), issubclass(RecursionError, RuntimeError), issubclass(bool, object))


def risky(n):
    if n == 0:
        return [][1]
    if n == 1:
        return {}["missing"]
    if n == 2:
        return int("abc")
    if n == 3:
        return 1 / 0
    if n == 4:
        return None + 1
    if n == 5:
        return "a" * "b"
    if n == 6:
        return undefined_name_here
    if n == 7:
        assert n < 5, f"n too big: {n}"
    if n == 8:
        return [1, 2].index(9)
    if n == 9:
        return (1, 2)[5]
    if n == 10:
        return "abc".foo
    if n == 11:
        raise NotImplementedError
    if n == 12:
        return float("x1")
    if n == 13:
        return int(float("inf"))
    if n == 14:
        return {1, 2}.remove(3)
    if n == 15:
        return sorted([1, "a"])
    if n == 16:
        return len(5)
    if n == 17:
        return 2 ** 10000 * 1.0
    if n == 18:
        return chr(-1)
    if n == 19:
        return "x".encode("ascii") + "y"
    if n == 20:
        a, b = [1, 2, 3]
    if n == 21:
        a, b, c = [1, 2]
    if n == 22:
        return next(iter([]))
    if n == 23:
        return "abc"[1:2:0]
    if n == 24:
        return [1] < "a"
    if n == 25:
        return hash([])
    if n == 26:
        return dict([(1, 2, 3)])
    if n == 27:
        return "{} {}".format(1)
    if n == 28:
        return "%d" % "x"
    if n == 29:
        return int("10", 1)
    return "ok"


for i in range(31):
    try:
        print(i, "ok:", risky(i))
    except Exception as e:
        print(i, type(e).__name__ + ":", e)

try:
    try:
        raise ValueError("inner")
    finally:
        print("finally runs")
except ValueError as e:
    print("outer caught", e)


def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")


for v in gen_finally():
    print("got", v)
    break

def f():
    try:
        return "try"
    finally:
        print("finally before return")

print(f())

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
g()
try:
    raise ExceptionGroup("multi", [ValueError("v"), TypeError("t")])
except* ValueError as eg:
    print("value errors:", eg.exceptions)
except* TypeError as eg:
    print("type errors:", eg.exceptions)
print(sys.exc_info()[0])
try:
    raise ValueError("x")
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
raise ConfigError("fatal", "shutting down")
