import contextlib
import io
import sys
from contextlib import contextmanager, suppress, ExitStack, redirect_stdout


@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"handled {e!r}")
    finally:
        log.append(f"</{name}>")


log = []
with tag("html", log) as t1, tag("body", log) as t2:
    log.append(t1 + t2)
print(log)
log = []
with tag("div", log):
    raise KeyError("k")
print(log)
log = []
try:
    with tag("p", log):
        raise ValueError("v")
except ValueError as e:
    print("escaped:", e, log)


class Timer:
    def __init__(self, name):
        self.name = name
        self.entered = False

    def __enter__(self):
        self.entered = True
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}", exc_type.__name__ if exc_type else None, exc)
        return exc_type is ZeroDivisionError


with Timer("a") as t:
    print("inside", t.entered)
with Timer("b"):
    1 / 0
print("after b")
try:
    with Timer("c"):
        [][1]
except IndexError as e:
    print("IndexError", e)

with suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed")

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2, sep="-")
print(repr(buf.getvalue()))

with ExitStack() as stack:
    timers = [stack.enter_context(Timer(n)) for n in "xyz"]
    stack.callback(print, "callback ran")
    print("stack body", len(timers))


@contextmanager
def transaction(db):
    snapshot = dict(db)
    try:
        yield db
    except Exception:
        db.clear()
        db.update(snapshot)
        print("rolled back")
        raise
    else:
        print("committed")


db = {"a": 1}
with transaction(db) as d:
    d["b"] = 2
try:
    with transaction(db) as d:
        d["c"] = 3
        raise RuntimeError("fail")
except RuntimeError:
    pass
print(db)

out = io.StringIO()
print("to buffer", file=out, end="!")
out.write("\nmore")
print(out.getvalue().splitlines(), out.tell())
sio = io.StringIO("l1\nl2\nl3\n")
print(sio.readline(), sio.readlines(), sio.read())
print(contextlib.nullcontext(5).__enter__())
with contextlib.nullcontext("x") as v:
    print(v)
sys.stdout.write("direct write\n")
print("done", file=sys.stdout, flush=True)


class Closer:
    def close(self):
        print("closed!")


with contextlib.closing(Closer()):
    print("using closer")
