"""contextlib in scripts: timers, suppress, ExitStack, redirect_stdout, nullcontext."""
import contextlib
import io
import sys


class Resource:
    opened = []

    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        if self.fail:
            raise RuntimeError(f"cannot open {self.name}")
        Resource.opened.append(self.name)
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return exc_type is KeyError


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        print(f"  handled {e!r} inside {name}")
    finally:
        print(f"</{name}>")


with tag("div") as t:
    print("  body", t)
with tag("p"):
    1 / 0
print("after p")

with Resource("a") as a, Resource("b") as b:
    print("using", a.name, b.name, Resource.opened)
with Resource("c"):
    raise KeyError("swallowed")
print("after c", Resource.opened)
try:
    with Resource("d"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)

with contextlib.suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed")

with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(Resource(f"r{i}")) for i in range(3)]
    stack.callback(print, "callback runs first")
    print("stack holds", [r.name for r in rs])

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(Resource("ok1"))
        stack.enter_context(Resource("bad", fail=True))
except RuntimeError as e:
    print("RuntimeError:", e, Resource.opened)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2, sep="-")
print(repr(buf.getvalue()))

with contextlib.nullcontext(42) as v:
    print("nullcontext gave", v)


class Closer:
    def close(self):
        print("Closer.close called")


with contextlib.closing(Closer()):
    print("inside closing")


@contextlib.contextmanager
def swallow_all():
    try:
        yield
    except Exception as e:
        print("swallowed", type(e).__name__)


with swallow_all():
    int("nope")


@swallow_all()
def decorated():
    raise LookupError("x")


decorated()
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(err.getvalue().strip(), sys.stdout is sys.__stdout__)
cm = tag("reused")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__, "on reuse")
