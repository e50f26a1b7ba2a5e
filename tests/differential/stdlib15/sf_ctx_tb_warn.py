import contextlib
import io
import sys
import traceback
import warnings
from contextlib import suppress, redirect_stdout, redirect_stderr, ExitStack, contextmanager, closing, nullcontext

with suppress(KeyError, ZeroDivisionError):
    {}["x"]
print("after suppress")
with suppress():
    pass
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2, sep="-")
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"caught {e!r} in {name}")
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise ValueError("boom")
print("continued")
try:
    with tag("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)
        return False
    def close(self):
        print("close", self.n)
with ExitStack() as stack:
    rs = [stack.enter_context(Res(i)) for i in range(3)]
    stack.callback(print, "callback ran")
    stack.push(lambda *e: print("pushed exit", e[0]))
    print("body")
try:
    with ExitStack() as stack:
        stack.enter_context(Res("x"))
        raise OSError("disk")
except OSError as e:
    print("OSError", e)
with ExitStack() as stack:
    stack.enter_context(Res("keep"))
    saved = stack.pop_all()
print("stack closed")
saved.close()
with closing(Res("c")) as r:
    print("using", r.n)
with nullcontext(42) as v:
    print(v)
class Ctx(contextlib.ContextDecorator):
    def __enter__(self):
        print("deco enter")
    def __exit__(self, *a):
        print("deco exit")
@Ctx()
def decorated():
    print("decorated body")
decorated()
with contextlib.chdir(".") if hasattr(contextlib, "chdir") else nullcontext():
    print("chdir ok")

def inner():
    return 1 / 0
def outer():
    inner()
try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    lines = text.splitlines()
    print(lines[0], lines[-1], len([l for l in lines if l.strip().startswith("File")]))
    et, ev, tb = sys.exc_info()
    print(traceback.format_exception_only(et, ev), [fs.name for fs in traceback.extract_tb(tb)])
    print([s.strip() for s in traceback.format_tb(tb)][-1].splitlines()[-1])
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    out = "".join(traceback.format_exception(e))
    print("direct cause" in out, out.splitlines()[-1], "KeyError: 'missing'" in out)
    tbe = traceback.TracebackException.from_exception(e)
    print(list(tbe.format_exception_only()), tbe.exc_type.__name__)
print(traceback.format_exception_only(ValueError("x")), repr(traceback.format_exc()) if sys.exc_info()[0] else "no exc")
print([f.name for f in traceback.extract_stack()][-1:], traceback.format_list([("f.py", 3, "fn", "x = 1")]))

def legacy():
    warnings.warn("legacy() is deprecated", DeprecationWarning, stacklevel=2)
    return 1
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    legacy()
    warnings.warn("plain")
    warnings.warn("rt", RuntimeWarning)
    for w in caught:
        print(w.category.__name__, str(w.message), w.lineno > 0)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised", e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silent")
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line()"))
with warnings.catch_warnings(record=True) as c2:
    warnings.simplefilter("default")
    for _ in range(3):
        warnings.warn("once per location")
    print(len(c2))
warnings.filterwarnings("ignore", message="skip.*")
s = io.StringIO()
old = sys.stderr
sys.stderr = s
warnings.warn("skip me")
warnings.warn("show me")
sys.stderr = old
print(repr(s.getvalue().split(": ", 1)[1]))
