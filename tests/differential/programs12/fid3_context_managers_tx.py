from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing, redirect_stdout
import io

log = []


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance

    def __repr__(self):
        return f"{self.name}:{self.balance}"


class Transaction:
    def __init__(self, *accounts):
        self.accounts = accounts

    def __enter__(self):
        self.snapshot = [a.balance for a in self.accounts]
        log.append("begin")
        return self

    def __exit__(self, et, ev, tb):
        if et is None:
            log.append("commit")
            return False
        for a, b in zip(self.accounts, self.snapshot):
            a.balance = b
        log.append(f"rollback({et.__name__}: {ev})")
        return et is ValueError


def transfer(src, dst, amt):
    if amt <= 0:
        raise ValueError(f"bad amount {amt}")
    src.balance -= amt
    if src.balance < 0:
        raise RuntimeError(f"{src.name} overdrawn")
    dst.balance += amt


a, b = Account("a", 100), Account("b", 50)
for amt in [30, -5, 500, 20]:
    try:
        with Transaction(a, b) as tx:
            transfer(a, b, amt)
            print("inside", tx.snapshot, a, b)
        print("after", amt, a, b)
    except RuntimeError as e:
        print("escaped:", e, a, b)
print(log)


@contextmanager
def tag(name, out):
    out.append(f"<{name}>")
    try:
        yield len(out)
    except KeyError as e:
        out.append(f"<!-- {e!r} -->")
    finally:
        out.append(f"</{name}>")


out = []
with tag("html", out):
    with tag("body", out) as depth:
        out.append(f"depth={depth}")
        with tag("p", out):
            {}["missing"]
        out.append("after p")
print("".join(out))

with suppress(ZeroDivisionError, KeyError):
    print("before")
    1 / 0
    print("never")
print("suppressed ok")


class Resource:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        if self.fail:
            raise OSError(f"cannot open {self.name}")
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False

    def close(self):
        print("closing()", self.name)


with ExitStack() as stack:
    rs = [stack.enter_context(Resource(n)) for n in ("db", "cache", "queue")]
    stack.callback(print, "callback ran", len(rs))
    print("using", [r.name for r in rs])

try:
    with ExitStack() as stack:
        stack.enter_context(Resource("first"))
        stack.enter_context(Resource("second", fail=True))
except OSError as e:
    print("OSError:", e)

with ExitStack() as stack:
    stack.enter_context(Resource("keep"))
    moved = stack.pop_all()
print("stack exited; moved still open")
moved.close()

for debug in (True, False):
    cm = Resource("dbg") if debug else nullcontext("plain")
    with cm as v:
        print("value:", v if isinstance(v, str) else v.name)

with closing(Resource("sock")) as r:
    print("using", r.name)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2, sep="-")
print(repr(buf.getvalue()))


@contextmanager
def bad():
    yield 1
    yield 2


try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def noyield():
    if False:
        yield


try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
with tag("outer", out := []) as n, tag("inner", out) as m:
    print(n, m, out)
print(out)
