"""Exception chaining, custom hierarchies, notes, finally/else ordering."""


class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class ConfigError(AppError):
    code = 2


class MissingKey(ConfigError, KeyError):
    code = 3


def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise MissingKey(f"missing {key}", detail="check config") from e


def parse_port(cfg):
    try:
        raw = load(cfg, "port")
        return int(raw)
    except ValueError:
        raise ConfigError("port is not a number")


for cfg in [{"port": "80"}, {}, {"port": "eighty"}]:
    try:
        print("port", parse_port(cfg))
    except AppError as e:
        print(type(e).__name__, str(e), "| code", e.code)
        print("  cause:", repr(e.__cause__), "context:", repr(e.__context__), "suppress:", e.__suppress_context__)
        print("  is KeyError:", isinstance(e, KeyError), "args:", e.args)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("inner") from None
except ValueError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)


def order(flag):
    log = []
    try:
        log.append("try")
        if flag == "raise":
            raise RuntimeError("boom")
        if flag == "return":
            return log + ["returned"]
    except RuntimeError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log


for flag in ["ok", "raise", "return"]:
    print(flag, order(flag))


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return "loop done"


print(finally_overrides())
try:
    print(finally_swallows())
except ValueError as e:
    print("escaped", e)

e = ValueError("with notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)

errors = [KeyError("k"), KeyError(), IndexError("i", 2), OSError(2, "No such file"), UnicodeError("u"),
          StopIteration(5), SystemExit(3), AppError("x", detail="d"), Exception()]
for err in errors:
    print(f"{type(err).__name__:14} str={str(err)!r:28} repr={err!r}")
print(OSError(2, "nf").errno, OSError(2, "nf").strerror, StopIteration(5).value, SystemExit(3).code)
print(issubclass(FileNotFoundError, OSError), type(OSError(2, "x")).__name__, isinstance(KeyboardInterrupt(), Exception))
print([c.__name__ for c in MissingKey.__mro__])

try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)


def cleanup_error():
    try:
        raise KeyError("original")
    finally:
        print("cleanup runs")


try:
    cleanup_error()
except KeyError as e:
    print("got", e)

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(e, "<- context:", repr(e.__context__))
x = None
try:
    raise ValueError("scoped")
except ValueError as x:
    pass
try:
    print(x)
except NameError as e:
    print("NameError:", e)
