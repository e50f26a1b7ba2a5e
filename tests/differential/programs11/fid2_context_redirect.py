import contextlib
import io
import sys


class Timer:
    def __init__(self, name, clock):
        self.name = name
        self.clock = clock

    def __enter__(self):
        self.start = next(self.clock)
        print(f"[{self.name}] start at {self.start}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = next(self.clock) - self.start
        status = "ok" if exc_type is None else f"failed with {exc_type.__name__}: {exc}"
        print(f"[{self.name}] {status} after {self.elapsed} ticks")
        return exc_type is KeyError


clock = iter(range(0, 1000, 3))
with Timer("load", clock) as t:
    data = {"a": 1}
print("elapsed", t.elapsed)
with Timer("lookup", clock):
    data["missing"]
print("after suppressed KeyError")
try:
    with Timer("divide", clock):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)


@contextlib.contextmanager
def tag(name, out):
    out.append(f"<{name}>")
    try:
        yield out
    except ValueError as e:
        out.append(f"<!-- {e} -->")
    finally:
        out.append(f"</{name}>")


parts = []
with tag("html", parts):
    with tag("body", parts) as p:
        p.append("hello")
        with tag("p", parts):
            raise ValueError("oops")
print("".join(parts))

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2, sep="-", end="!\n")
    sys.stdout.write("raw write\n")
print("captured:", buf.getvalue().splitlines())
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("stderr had", repr(err.getvalue()))

with contextlib.suppress(FileNotFoundError, KeyError):
    {}["x"]
print("suppressed")

with contextlib.ExitStack() as stack:
    names = ["a", "b", "c"]
    timers = [stack.enter_context(Timer(n, clock)) for n in names]
    stack.callback(print, "callback runs first (LIFO)")
    print("inside stack", [x.name for x in timers])


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with contextlib.closing(Resource("db")) as res:
    print("using", res.name)
with contextlib.nullcontext(42) as v:
    print("null", v)


@contextlib.contextmanager
def swallow():
    try:
        yield
    except Exception as e:
        print("swallowed", type(e).__name__)


with swallow():
    int("x")
print("continuing")

out = io.StringIO()
print("a", 1, 2.5, None, sep="|", file=out)
print(*["x", "y"], file=out, end="")
out.write("\nlast")
print(repr(out.getvalue()), out.tell())
out.seek(0)
print(out.readline().rstrip(), out.read(3), out.readlines())
