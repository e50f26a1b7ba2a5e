# A data loader that wraps low-level errors; inspecting __context__/__cause__/notes/args.
import traceback

class LoaderError(Exception):
    def __init__(self, path, reason):
        super().__init__(path, reason)
        self.path, self.reason = path, reason
    def __str__(self):
        return f"cannot load {self.path}: {self.reason}"

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise LoaderError("data.txt", "bad number") from e

def load(text):
    try:
        return parse(text)
    except LoaderError as e:
        e.add_note(f"while loading {text!r}")
        e.add_note("hint: check the file")
        raise

try:
    load("x1")
except LoaderError as e:
    print(str(e), repr(e), e.args, e.path)
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__, e.__context__ is e.__cause__)
    print(e.__notes__)
    print("".join(traceback.format_exception_only(type(e), e)), end="")

def cleanup():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("cleanup failed")
try:
    cleanup()
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)

for exc in [Exception(), Exception("one"), Exception("a", 2), KeyError("k"), KeyError(), KeyError(1, 2),
            OSError(2, "No such file"), OSError("plain"), UnicodeError("u"), StopIteration(5),
            SystemExit(3), ValueError(None), IndexError(""), LoaderError("p", "r")]:
    print(type(exc).__name__, repr(str(exc)), repr(exc), exc.args)
e = OSError(2, "No such file or directory", "missing.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__, isinstance(e, FileNotFoundError))
e2 = FileNotFoundError(2, "gone")
print(str(e2), e2.errno)
si = StopIteration("v")
print(si.value, SystemExit(4).code, SystemExit().code, SystemExit(1, 2).code)

try:
    e = ValueError("x")
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)

def finally_return():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally wins"
print(finally_return())

def finally_raise():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    finally_raise()
except KeyError as e:
    print(repr(e), repr(e.__context__))

def loop_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out
print(loop_continue())

class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = et.__name__ if et else None
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError) as s:
    {}["missing"]
print("suppressed", s.seen)
try:
    with Suppress(KeyError) as s2:
        [][1]
except IndexError as e:
    print("escaped", s2.seen, e)

try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args, str(e) == "")
err = None
try:
    raise ValueError("gone")
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)
print(issubclass(KeyError, LookupError), issubclass(ModuleNotFoundError, ImportError), ZeroDivisionError.__mro__[1].__name__)
print(BaseException.__subclasses__().__len__() > 3, issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException))
