"""contextlib: ExitStack callbacks and pop_all, nullcontext, suppress, chdir, redirect_stdout, AsyncExitStack, ContextDecorator."""
import asyncio
import contextlib
import io
import os
import tempfile


log = []


@contextlib.contextmanager
def resource(name, fail=False):
    log.append(f"open {name}")
    try:
        if fail:
            raise RuntimeError(f"cannot open {name}")
        yield name.upper()
    finally:
        log.append(f"close {name}")


with contextlib.ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in "abc"]
    stack.callback(log.append, "callback 1")
    stack.push(lambda et, ev, tb: log.append(f"exit cb {et.__name__ if et else None}"))
    log.append(f"using {names}")
print(log)
log.clear()

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(resource("x"))
        stack.enter_context(resource("y", fail=True))
except RuntimeError as e:
    log.append(f"caught {e}")
print(log)
log.clear()

with contextlib.ExitStack() as outer:
    with contextlib.ExitStack() as stack:
        stack.enter_context(resource("kept"))
        moved = stack.pop_all()
    log.append("inner done")
    outer.push(moved)
print(log)
log.clear()


@contextlib.contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        log.append(f"swallowed {type(e).__name__}: {e}")


with swallow(KeyError):
    {}["missing"]
with contextlib.suppress(ZeroDivisionError, ValueError):
    1 / 0
with contextlib.suppress():
    log.append("suppress() with nothing")
try:
    with contextlib.suppress(KeyError):
        int("x")
except ValueError as e:
    log.append(f"escaped {e}")
print(log)
log.clear()

with contextlib.nullcontext(42) as v:
    print("nullcontext", v)
with contextlib.nullcontext() as v:
    print("nullcontext", v)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    print("second", 2)
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    import sys
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

start = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    with contextlib.chdir(d):
        print(os.getcwd() == os.path.realpath(d) or os.getcwd() == d, os.listdir("."))
    print(os.getcwd() == start)


class timed(contextlib.ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        log.append(f"enter {self.label}")
        return self

    def __exit__(self, *exc):
        log.append(f"exit {self.label} {exc[0].__name__ if exc[0] else 'ok'}")
        return False


@timed("work")
def work(n):
    return n * 2


print(work(21), log)
log.clear()


class Closer:
    def __init__(self, n):
        self.n = n

    def close(self):
        log.append(f"closed {self.n}")


with contextlib.closing(Closer(1)) as c:
    log.append(f"using {c.n}")
print(log)
log.clear()


@contextlib.asynccontextmanager
async def aresource(name):
    log.append(f"aopen {name}")
    await asyncio.sleep(0)
    try:
        yield name * 2
    finally:
        log.append(f"aclose {name}")


async def main():
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(aresource("p"))
        b = stack.enter_context(resource("q"))

        async def acb(x):
            log.append(f"async callback {x}")

        stack.push_async_callback(acb, 7)
        stack.callback(log.append, "sync callback")
        log.append(f"got {a} {b}")
    async with aresource("r") as r:
        log.append(f"r={r}")
    try:
        async with aresource("s"):
            raise ValueError("inside")
    except ValueError as e:
        log.append(f"caught {e}")
    async with contextlib.nullcontext("nc") as v:
        log.append(v)


asyncio.run(main())
for line in log:
    print(line)
print(contextlib.AbstractContextManager.__name__, isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager))
print(isinstance(io.StringIO(), contextlib.AbstractContextManager), isinstance(3, contextlib.AbstractContextManager))
