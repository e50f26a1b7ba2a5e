"""contextlib: suppress, ExitStack, contextmanager, closing, redirect_stdout, nullcontext."""
import contextlib
import io
from contextlib import ExitStack, contextmanager, suppress, closing, nullcontext, redirect_stdout


class Resource:
    opened = []

    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        Resource.opened.append(self.name)
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        if self.fail_on_exit:
            raise RuntimeError(f"{self.name} failed to close")
        return False

    def close(self):
        print(f"closing() called on {self.name}")


with suppress(KeyError, IndexError):
    print("before")
    [][3]
    print("never")
print("after suppress")

with suppress(ZeroDivisionError):
    pass
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)

with ExitStack() as stack:
    resources = [stack.enter_context(Resource(n)) for n in ("a", "b", "c")]
    stack.callback(print, "callback runs first")
    print("inside, opened:", Resource.opened)
print("after stack, opened:", Resource.opened)

try:
    with ExitStack() as stack:
        stack.enter_context(Resource("x"))
        stack.enter_context(Resource("y", fail_on_exit=True))
        raise ValueError("body failed")
except RuntimeError as e:
    print("caught:", e, "| context:", repr(e.__context__))

with ExitStack() as outer:
    outer.enter_context(Resource("kept"))
    moved = outer.pop_all()
print("outer closed, moved still open:", Resource.opened)
moved.close()


@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield len(log)
    except ValueError as e:
        log.append(f"rollback: {e}")
    else:
        log.append("commit")
    finally:
        log.append("end")


log = []
with transaction(log) as n:
    log.append(f"work {n}")
with transaction(log):
    raise ValueError("bad row")
print(log)

try:
    with transaction(log):
        raise KeyError("k")
except KeyError as e:
    print("KeyError escaped:", e, log[-1])


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

with closing(Resource("file")) as r:
    print("using", r.name)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2, sep="-")
print("captured:", repr(buf.getvalue()))

with nullcontext(42) as v:
    print("nullcontext gave", v)


class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("timer start")
        return self

    def __exit__(self, *exc):
        print("timer stop", exc[0].__name__ if exc[0] else None)
        return False


@Timer()
def compute(x):
    return x * 2


print(compute(21))
try:
    with Resource("outer"), Resource("inner"):
        raise IndexError("deep")
except IndexError as e:
    print("IndexError:", e)
