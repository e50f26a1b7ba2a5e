import traceback
import sys


class AppError(Exception):
    code = 1

    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"{base} [{self.detail}]" if self.detail else base


class ConfigError(AppError):
    code = 2


class RetryableError(AppError):
    pass


def load(cfg):
    try:
        return int(cfg["port"])
    except KeyError as e:
        raise ConfigError("missing key", detail=str(e)) from e
    except ValueError as e:
        raise ConfigError("bad port") from None


for cfg in [{"port": "80"}, {}, {"port": "x"}]:
    try:
        print("port", load(cfg))
    except ConfigError as e:
        print(type(e).__name__, e, e.code, repr(e.__cause__), e.__suppress_context__)


def attempt(n, fails):
    for i in range(n):
        try:
            if i < fails:
                raise RetryableError(f"try {i}")
            return f"ok after {i}"
        except RetryableError as e:
            print("retry:", e)
            continue
        finally:
            print("finally", i)
    return "gave up"


print(attempt(3, 1))
print(attempt(2, 5))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as eg:
    print("values:", [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(x) for x in eg.exceptions])
e = AppError("with note")
e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
try:
    raise e
except AppError:
    lines = traceback.format_exc().splitlines()
    print(lines[0], "|", lines[-3:])
print(issubclass(ConfigError, AppError), ConfigError.__mro__[1].__name__, ConfigError.__bases__)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    {}["k"]
except LookupError as e:
    print(type(e).__name__, e, e.args)


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return et is KeyError


with Resource("a") as r1, Resource("b") as r2:
    print("using", r1.name, r2.name)
with Resource("c"):
    raise KeyError("swallowed")
print("after swallow")
try:
    with Resource("d"):
        raise IndexError("propagates")
except IndexError as e:
    print("caught", repr(e))


def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    return deep(n - 1)


try:
    deep(3)
except RuntimeError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb), [f.name for f in tb])
print(sys.exc_info())
raise ConfigError("fatal", detail="exit")
