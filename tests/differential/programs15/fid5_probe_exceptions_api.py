# Exception objects: args, str/repr of builtin exceptions, attributes of OSError/KeyError/
# UnicodeError/StopIteration/SystemExit, notes, with_traceback, custom hierarchies.
import errno

samples = [
    ValueError(), ValueError("x"), ValueError("x", 2), KeyError("k"), KeyError(), KeyError(1, 2),
    IndexError("list index out of range"), TypeError(None), OSError(2, "No such file"),
    OSError(2, "No such file", "f.txt"), FileNotFoundError(errno.ENOENT, "gone", "a.txt"),
    StopIteration(5), SystemExit(), SystemExit("bye"), Exception(["list"], {"d": 1}),
    UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), ArithmeticError("arith"),
    AttributeError("no attr"), NameError("nm"), RecursionError(), NotImplementedError("todo"),
]
for e in samples:
    print(f"{type(e).__name__:<20} str={str(e)!r:<50} repr={e!r}")
    print(f"{'':<20} args={e.args!r}")
e = OSError(2, "No such file", "f.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, isinstance(e, FileNotFoundError))
print(type(OSError(errno.EACCES, "denied")).__name__, type(OSError(errno.EEXIST, "x")).__name__, type(OSError("plain")).__name__)
s = StopIteration(5)
print(s.value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
u = UnicodeDecodeError("utf-8", b"ab\xffcd", 2, 3, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
k = KeyError("a'b")
print(str(k), repr(k), str(KeyError('"')), str(KeyError(("t", 1))))


class AppError(Exception):
    def __init__(self, code, msg="app failed"):
        super().__init__(msg)
        self.code = code


class DbError(AppError):
    def __str__(self):
        return f"[db {self.code}] {self.args[0]}"


for exc in [AppError(1), DbError(2, "locked"), AppError(3, "x")]:
    print(repr(exc), str(exc), exc.args, exc.code, isinstance(exc, AppError))
err = ValueError("base")
err.add_note("first note")
err.add_note("second")
print(err.__notes__, str(err), err.args)
try:
    err.add_note(5)
except TypeError as te:
    print("TypeError:", te)
try:
    raise KeyError("inner")
except KeyError as inner:
    try:
        raise ValueError("outer") from inner
    except ValueError as outer:
        print(repr(outer.__cause__), repr(outer.__context__), outer.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise AttributeError("while handling")
except AttributeError as a:
    print(repr(a.__context__), a.__cause__, a.__suppress_context__)
print(issubclass(FileNotFoundError, OSError), issubclass(OSError, EnvironmentError), IOError is OSError)
print(issubclass(KeyError, LookupError), issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError))
print([c.__name__ for c in ZeroDivisionError.__mro__], BaseException.__subclasses__ is not None)
print(issubclass(StopAsyncIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, BaseException))
try:
    raise TypeError
except TypeError as t:
    print(repr(t), t.args, str(t) == "")
try:
    raise Exception("a", "b") from None
except Exception as x:
    print(x, x.__cause__, x.__suppress_context__)
print(repr(BaseExceptionGroup("g", [ValueError(1), KeyError(2)])), ExceptionGroup("eg", [TypeError()]).exceptions)
try:
    int("12x")
except ValueError as v:
    print(v.args)
try:
    [].pop()
except IndexError as ie:
    print(ie.args)
try:
    {}["missing"]
except KeyError as ke:
    print(ke.args, ke)
try:
    None.attr
except AttributeError as ae:
    print(ae, ae.name if hasattr(ae, "name") else "", ae.obj if hasattr(ae, "obj") else "")
