# Transaction helpers with contextlib: contextmanager errors, ExitStack, suppress, nested withs.
from contextlib import contextmanager, ExitStack, suppress, nullcontext, closing, redirect_stdout
import io

events = []
@contextmanager
def transaction(name, fail_commit=False):
    events.append(f"begin {name}")
    try:
        yield name.upper()
    except KeyError as e:
        events.append(f"rollback {name} ({e!r})")
    else:
        if fail_commit:
            raise RuntimeError(f"commit {name} failed")
        events.append(f"commit {name}")
    finally:
        events.append(f"end {name}")

with transaction("t1") as t:
    events.append(f"work {t}")
with transaction("t2"):
    {}["missing"]
try:
    with transaction("t3"):
        raise ValueError("not handled")
except ValueError as e:
    events.append(f"outer saw {e}")
try:
    with transaction("t4", fail_commit=True):
        pass
except RuntimeError as e:
    events.append(str(e))
print("\n".join(events))

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
    def __init__(self, name, fail_enter=False):
        self.name, self.fail_enter = name, fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise OSError(f"cannot open {self.name}")
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else "-")
        return False
    def close(self):
        print("closing() closed", self.name)

with ExitStack() as stack:
    rs = [stack.enter_context(Res(n)) for n in "abc"]
    stack.callback(print, "callback ran")
    print("using", [r.name for r in rs])
try:
    with ExitStack() as stack:
        stack.enter_context(Res("x"))
        stack.enter_context(Res("y", fail_enter=True))
except OSError as e:
    print("OSError:", e)
with suppress(ZeroDivisionError, KeyError):
    print("before")
    1 / 0
    print("never")
print("after suppress")
with nullcontext(42) as v, Res("n"):
    print("nullcontext gave", v)
with closing(Res("cl")):
    pass
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second")
print(repr(buf.getvalue()))
try:
    with Res("outer"), Res("inner"):
        raise KeyError("boom")
except KeyError as e:
    print("caught", repr(e))
class Swallow:
    def __enter__(self):
        return "sw"
    def __exit__(self, *a):
        return 1
def f():
    with Swallow():
        return "from body"
    return "after"
print(f())
def g():
    for i in range(3):
        with Swallow():
            if i == 1:
                raise ValueError
            continue
    return i
print(g())
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
