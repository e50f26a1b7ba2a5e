from contextlib import contextmanager, suppress, ExitStack, redirect_stdout, nullcontext
import io


class Resource:
    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"close {self.name} exc={exc_type.__name__ if exc_type else None} {exc!r}")
        if self.fail_on_exit:
            raise RuntimeError(f"exit failed for {self.name}")
        return isinstance(exc, KeyError)


with Resource("a") as a, Resource("b") as b:
    print("using", a.name, b.name)
with Resource("swallow"):
    raise KeyError("hidden")
print("after swallow")
try:
    with Resource("outer"):
        with Resource("inner"):
            raise ValueError("deep")
except ValueError as e:
    print("caught", e)
try:
    with Resource("bad", fail_on_exit=True):
        raise TypeError("original")
except RuntimeError as e:
    print("caught", e, "context:", repr(e.__context__))


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print(f"handled zero in {name}")
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("inside", t)
with tag("div"):
    1 / 0
print("continues")
with suppress(FileNotFoundError, KeyError):
    {}["x"]
print("suppressed")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second")
print(repr(buf.getvalue()))
with ExitStack() as stack:
    rs = [stack.enter_context(Resource(f"r{i}")) for i in range(3)]
    stack.callback(print, "callback ran")
    print("stack body", len(rs))
with nullcontext(5) as v:
    print("null", v)


def early():
    with Resource("ret"):
        return "returned"


print(early())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
f = io.StringIO("line1\nline2\n")
with f:
    print(f.readlines())
print(f.closed)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
