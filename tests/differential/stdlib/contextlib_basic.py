# contextlib: contextmanager, suppress, closing, nullcontext, ExitStack, ContextDecorator.
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, ContextDecorator, AbstractContextManager

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("inside", t)

with tag("outer"), tag("inner") as inner:
    print("nested", inner)

try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)

@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", type(e).__name__, e)

with swallow(KeyError, IndexError):
    {}["missing"]
with swallow(KeyError):
    [][0] if False else None
print("after swallow")
try:
    with swallow(KeyError):
        raise TypeError("not swallowed")
except TypeError as e:
    print("TypeError:", e)

@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception:
        log.append("rollback")
        raise
    else:
        log.append("commit")

log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        log.append("bad work")
        1 / 0
except ZeroDivisionError:
    log.append("handled")
print(log)

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
    with two_yields() as v:
        print("got", v)
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def keyword_cm(a, *, b=0):
    yield a + b
with keyword_cm(1, b=41) as total:
    print("total", total)

# a contextmanager used as a decorator
@contextmanager
def announce():
    print("start")
    yield
    print("end")

@announce()
def work(x):
    print("working on", x)
    return x * 2
print(work(5))
print(work(6))

# suppress
with suppress(FileNotFoundError, KeyError):
    {}["x"]
    print("not reached")
print("suppressed")
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError("through")
except ValueError as e:
    print("ValueError:", e)
with suppress(ArithmeticError):
    1 / 0
print("ZeroDivisionError suppressed via base class")

# closing
class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)
with closing(Resource("db")) as r:
    print("using", r.name)

# nullcontext
with nullcontext(42) as v:
    print("nullcontext gives", v)
with nullcontext() as v:
    print("nullcontext default", v)
def maybe_lock(use):
    return tag("lock") if use else nullcontext()
for use in (True, False):
    with maybe_lock(use):
        print("critical section", use)

# ExitStack
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b", "c")]
    stack.callback(print, "callback runs first", "!")
    print("entered", names)

with ExitStack() as stack:
    stack.callback(lambda: print("cleanup 1"))
    stack.callback(lambda msg: print("cleanup 2", msg), msg="kw")
    moved = stack.pop_all()
    print("popped")
print("stack closed without callbacks")
moved.close()

def suppressing_exit(exc_type, exc, tb):
    print("exit sees", exc_type.__name__ if exc_type else None)
    return True
with ExitStack() as stack:
    stack.push(suppressing_exit)
    raise RuntimeError("hidden")
print("ExitStack suppressed the error")

try:
    with ExitStack() as stack:
        stack.callback(lambda: print("still cleaned up"))
        raise KeyError("kept")
except KeyError as e:
    print("KeyError:", e)

try:
    with ExitStack() as stack:
        def fail():
            raise ValueError("from callback")
        stack.callback(fail)
        raise KeyError("original")
except ValueError as e:
    print("ValueError:", e, "context:", repr(e.__context__))

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError:", e)

# class-based managers
class Managed(AbstractContextManager):
    def __exit__(self, exc_type, exc, tb):
        print("Managed exit")
        return None
with Managed() as m:
    print(type(m).__name__)
