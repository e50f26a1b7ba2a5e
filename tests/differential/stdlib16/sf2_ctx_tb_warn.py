"""contextlib helpers and their errors, traceback formatting (paths cut to basenames), warnings."""
import contextlib
import io
import os
import sys
import traceback
import warnings

def clean(text):
    here = os.path.dirname(os.path.abspath(__file__))
    return text.replace(here + os.sep, "")

with contextlib.suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 1)
    print("line 2")
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(buf.getvalue()), repr(err.getvalue()))

log = []
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(log.append, f"cb{i}")
    @stack.push
    def exit_hook(exc_type, exc, tb):
        log.append(("hook", exc_type))
        return False
    f = stack.enter_context(contextlib.nullcontext("resource"))
    log.append(f)
print(log)
def acquire(name, log):
    @contextlib.contextmanager
    def cm():
        log.append("open " + name)
        try:
            yield name
        finally:
            log.append("close " + name)
    return cm()
log = []
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(acquire(n, log)) for n in "abc"]
    later = stack.pop_all()
print(log, names)
later.close()
print(log)

@contextlib.contextmanager
def no_yield():
    if False:
        yield
@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
@contextlib.contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError as e:
        print("swallowed", e)
for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
with swallow():
    1 / 0
print("after swallow")
@contextlib.contextmanager
def timer(label):
    print("enter", label)
    yield label.upper()
    print("exit", label)
@timer("deco")
def decorated():
    print("inside decorated")
decorated()
with timer("x") as v, timer("y") as w:
    print(v, w)
class Res(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("Res exit", a[0].__name__ if a[0] else None)
with Res() as r:
    print(type(r).__name__)
class Thing:
    def close(self):
        print("closed thing")
with contextlib.closing(Thing()):
    pass
try:
    with contextlib.ExitStack() as s:
        s.callback(lambda: 1 / 0)
        print("body")
except ZeroDivisionError as e:
    print("callback raised", e)
print(hasattr(contextlib, "chdir"), hasattr(contextlib, "aclosing"))

def level3():
    raise ValueError("deep problem")
def level2():
    try:
        level3()
    except ValueError as e:
        raise RuntimeError("wrapped") from e
try:
    level2()
except RuntimeError:
    text = traceback.format_exc()
    print(clean(text))
    etype, evalue, tb = sys.exc_info()
    print(traceback.format_exception_only(etype, evalue))
    frames = traceback.extract_tb(tb)
    print([(os.path.basename(f.filename), f.name, f.line) for f in frames])
try:
    try:
        {}["missing"]
    except KeyError:
        int("x")
except ValueError as e:
    print(clean("".join(traceback.format_exception(e))))
    te = traceback.TracebackException.from_exception(e)
    print(list(te.format_exception_only()), te.exc_type.__name__)
    out = io.StringIO()
    traceback.print_exc(file=out)
    print(clean(out.getvalue()).splitlines()[-1])
    print(clean("".join(traceback.format_exception(e, chain=False))).count("Traceback"))
print(traceback.format_exception_only(SyntaxError, SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n"))))
try:
    raise KeyError("k")
except KeyError as e:
    print(traceback.format_exception_only(e), "".join(traceback.format_tb(e.__traceback__)).count("File"))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("plain warning")
    warnings.warn("deprecated thing", DeprecationWarning)
    warnings.warn(UserWarning("instance warning"))
    warnings.warn("category", category=RuntimeWarning, stacklevel=1)
for w in caught:
    print(w.category.__name__, str(w.message), os.path.basename(w.filename), type(w.lineno).__name__)
print(clean(warnings.formatwarning("msg", UserWarning, __file__, 10, "line of code")), end="")
print(clean(warnings.formatwarning("msg2", FutureWarning, "x.py", 3)), end="")
with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised UserWarning:", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("repeated")
    warnings.filterwarnings("ignore", message="ign.*")
    warnings.warn("ignore me")
    warnings.warn("keep me")
print([str(w.message) for w in caught])
out = io.StringIO()
def show(message, category, filename, lineno, file=None, line=None):
    out.write(f"[{category.__name__}] {message}\n")
old = warnings.showwarning
warnings.showwarning = show
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = show
    warnings.warn("custom shown")
warnings.showwarning = old
print(out.getvalue(), end="")
class MyWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    warnings.warn("mine", MyWarning)
    warnings.warn_explicit("explicit", SyntaxWarning, "fake.py", 42)
print([(w.category.__name__, str(w.message), w.lineno if w.filename == "fake.py" else "-") for w in caught])
