# Exception objects: str/repr with 0/1/many args, KeyError quoting, args mutation, custom __str__,
# attributes of OSError/UnicodeError/StopIteration/SystemExit, with_traceback, and print of them.
import sys

for e in [Exception(), Exception("one"), Exception("a", 2), Exception(("t",)), KeyError("k"), KeyError(), KeyError(1, 2),
          KeyError(("x", 1)), ValueError(None), IndexError(""), StopIteration(5), SystemExit(3), SystemExit("msg"), SystemExit(),
          ZeroDivisionError("z"), AttributeError("attr", "extra"), NameError("nm"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"),
          OSError(2, "No such file"), OSError(2, "No such file", "f.txt"), FileNotFoundError(2, "gone", "x.py"), OSError("plain"),
          TimeoutError(), RecursionError("deep"), ExceptionGroup("g", [ValueError(1)]), NotImplementedError, Warning("w")]:
    if isinstance(e, type):
        e = e()
    print(f"{type(e).__name__:<22} str={str(e)!r:<40} repr={e!r}")
    print(" " * 23, "args", e.args)
e = ValueError("x")
e.args = ("changed", 2)
print(str(e), repr(e))
e.args = ()
print(repr(str(e)), repr(e))
ose = OSError(13, "Permission denied", "/etc/x")
print(ose.errno, ose.strerror, ose.filename, ose.filename2, type(ose).__name__, isinstance(ose, PermissionError))
fe = FileNotFoundError(2, "No such file or directory")
print(fe.errno, fe.filename, str(fe), OSError(2, "x").__class__.__name__)
ude = UnicodeDecodeError("ascii", b"ab\xffcd", 2, 3, "ordinal not in range(128)")
print(ude.encoding, ude.object, ude.start, ude.end, ude.reason, str(ude))
print(StopIteration(7).value, StopIteration().value, SystemExit(4).code, SystemExit().code, SystemExit(1, 2).code)


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail

    def __str__(self):
        return f"[{self.code}] {self.detail}"


class Quiet(Exception):
    def __repr__(self):
        return "Quiet!"


a = AppError(404, "not found")
print(a, repr(a), a.args, str(Quiet("q")), repr(Quiet("q")), [a], {"e": Quiet()})
try:
    raise AppError(500, "boom")
except Exception as err:
    print(type(err).__name__, err, err.__traceback__ is not None, type(err.__traceback__).__name__)
    print(err.with_traceback(None) is err, err.__traceback__)
print(Exception("x") == Exception("x"), KeyError("a").args == ("a",), issubclass(KeyError, LookupError), KeyError.__mro__[1:3])
print(len(Exception.__subclasses__()) > 10, OverflowError in ArithmeticError.__subclasses__(), AppError in Exception.__subclasses__())
print(repr(AppError.__init__.__qualname__), AppError.__module__, AppError.__doc__)
print("to stderr", file=sys.stderr)
print("a", "b", sep=None, end=None)
print("x", "y", sep="", end="|\n", flush=True)
print(*[1, 2, 3], sep=" < ")
print()
