from contextlib import contextmanager, suppress, ExitStack, closing, redirect_stdout
import io


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)

    def __reversed__(self):
        return iter(range(1, self.start + 1))

    def __len__(self):
        return self.start

    def __contains__(self, x):
        return 0 < x <= self.start


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


cd = Countdown(5)
print(list(cd), list(reversed(cd)), len(cd), 3 in cd, 9 in cd, sum(cd), max(cd), sorted(cd))
it = iter(cd)
print(next(it), next(it), list(it), list(it))
print(list(zip(cd, "abc")), dict(enumerate(cd, 1)), [*cd], tuple(cd), set(cd) == {1, 2, 3, 4, 5})


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10


print(list(Seq()), 20 in Seq(), [x for x in Seq() if x])


@contextmanager
def tag(name, out):
    out.append(f"<{name}>")
    try:
        yield len(out)
    except ValueError as e:
        out.append(f"!{e}")
    finally:
        out.append(f"</{name}>")


out = []
with tag("a", out) as depth:
    with tag("b", out):
        out.append(f"depth={depth}")
with tag("c", out):
    raise ValueError("handled in cm")
print(out)
with suppress(KeyError, IndexError):
    [][0]
print("suppressed")


class Res:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, *exc):
        self.log.append("exit " + self.name)
        return False

    def close(self):
        self.log.append("close " + self.name)


log = []
with ExitStack() as stack:
    rs = [stack.enter_context(Res(n, log)) for n in "xyz"]
    stack.callback(log.append, "callback")
    log.append("body")
print(log)
log.clear()
with closing(Res("c", log)):
    pass
print(log)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured!", end="")
print(repr(buf.getvalue()))
with open_ctx() if False else Res("m", log) as r1, Res("n", log) as r2:
    print(r1.name, r2.name)
print(log)
a = [1, 2]
a.append(a)
print(a, repr(a))
d = {"self": None}
d["self"] = d
print(d)


class Node:
    def __init__(self, v):
        self.v = v
        self.next = None

    def __eq__(self, other):
        return isinstance(other, Node) and self.v == other.v


try:
    {Node(1)}
except TypeError as e:
    print("TypeError:", e)
print(Node(1) == Node(1), Node(1) != Node(2), Node(1) == 1, Node.__hash__)


class Lazy:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(name)


lz = Lazy()
print(lz.get_foo(), hasattr(lz, "nothing"), getattr(lz, "get_x")())


class Vec(tuple):
    def __new__(cls, *xs):
        return super().__new__(cls, xs)

    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self, o)))


v = Vec(1, 2) + Vec(3, 4)
print(v, type(v).__name__, len(v), v[0], isinstance(v, tuple))
with tag("d", out):
    raise KeyError("escapes")
