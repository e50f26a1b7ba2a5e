# Context managers: contextlib.contextmanager with exceptions, suppress, ExitStack order,
# closing, nullcontext, __exit__ returning True, nested with statements.
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout
import io


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("caught in", name, repr(e))
    finally:
        print(f"</{name}>")


with tag("a") as t, tag("b") as u:
    print("body", t, u)

with tag("outer"):
    with tag("inner"):
        {}["missing"]
    print("after inner")

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")


class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.name == "swallow"

    def close(self):
        print("close", self.name)


with ExitStack() as stack:
    for n in ["x", "y", "z"]:
        stack.enter_context(Res(n))
    stack.callback(print, "callback ran")
    print("inside stack")

with Res("swallow"):
    raise RuntimeError("gone")
print("continued")
try:
    with Res("keep"):
        raise RuntimeError("kept")
except RuntimeError as e:
    print("re-raised", e)
with closing(Res("c")) as r:
    print("using", r.name)
with nullcontext(5) as v:
    print("null", v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
print(repr(buf.getvalue()))
