"""contextlib (ExitStack, suppress, chdir, closing, nullcontext, contextmanager errors), operator getters' reprs, types.SimpleNamespace/MappingProxyType, collections.abc mixins."""
import contextlib
import operator
import os
import tempfile
import types
from collections.abc import Mapping, MutableSequence, Set, Sized, Iterable, Hashable
from contextlib import ExitStack, closing, contextmanager, nullcontext, suppress

log = []


@contextmanager
def resource(name, fail=False):
    log.append(f"open {name}")
    try:
        if fail:
            raise RuntimeError(f"cannot open {name}")
        yield name.upper()
    except ValueError as e:
        log.append(f"{name} saw {e!r}")
        raise
    finally:
        log.append(f"close {name}")


with ExitStack() as stack:
    handles = [stack.enter_context(resource(n)) for n in ("a", "b", "c")]
    stack.callback(log.append, "callback ran")
    log.append(f"using {handles}")
print(log)
log.clear()
try:
    with ExitStack() as stack:
        stack.enter_context(resource("x"))
        stack.enter_context(resource("y", fail=True))
except RuntimeError as e:
    print("RuntimeError", e, log)
log.clear()
with ExitStack() as stack:
    stack.enter_context(resource("keep"))
    moved = stack.pop_all()
print(log)
moved.close()
print(log)
log.clear()
try:
    with resource("v"):
        raise ValueError("bad value")
except ValueError:
    print(log)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
with suppress(KeyError, IndexError):
    {}["k"]
print("suppressed")
with nullcontext(42) as v:
    print(v)


class Conn:
    def close(self):
        print("conn closed")


with closing(Conn()):
    print("in closing")
start = os.getcwd()
tmp = tempfile.mkdtemp()
with contextlib.chdir(tmp):
    print(os.getcwd() == os.path.realpath(tmp) or os.getcwd() == tmp)
print(os.getcwd() == start)
os.rmdir(tmp)


class Tracked(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


@Tracked()
def decorated(x):
    print("body", x)
    return x * 2


print(decorated(4))
with ExitStack() as st:
    @st.push
    def on_exit(et, ev, tb):
        print("push saw", et.__name__ if et else None)
        return True
    raise KeyError("swallowed")
print("after swallow")

ag = operator.attrgetter("real", "imag")
ig = operator.itemgetter(1, -1)
mc = operator.methodcaller("split", ",", maxsplit=1)
print(ag(3 + 4j), ig("abcd"), mc("a,b,c"), repr(ag), repr(ig), repr(mc), repr(operator.attrgetter("a.b")), repr(operator.itemgetter("k")))
ns = types.SimpleNamespace(x=1, y=[2])
ns.z = "three"
print(ns, ns == types.SimpleNamespace(x=1, y=[2], z="three"), vars(ns), repr(types.SimpleNamespace()))
nested = types.SimpleNamespace(inner=types.SimpleNamespace(v=1))
print(operator.attrgetter("inner.v")(nested))
mp = types.MappingProxyType({"a": 1, "b": 2})
print(mp["a"], len(mp), list(mp), mp.get("z", 0), "a" in mp, repr(mp), mp | {"c": 3})
try:
    mp["a"] = 5
except TypeError as e:
    print("TypeError", e)


class Registry(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry(b=2, a=1)
print(list(r.items()), r.get("a"), r.get("q", "none"), "b" in r, r == {"a": 1, "b": 2}, list(r.keys()), list(r.values()))


class Stack(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


s = Stack()
s.extend([3, 1, 2])
s.append(9)
s.reverse()
s += [7]
print(list(s), s.pop(), s.index(1), s.count(3), 2 in s, s.remove(3), list(s))


class Bits(Set):
    def __init__(self, it):
        self._s = frozenset(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)


a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= Bits([1, 2, 3, 5]), a.isdisjoint([7]), isinstance(a, Sized), isinstance(a, Hashable))
try:
    class Incomplete(Mapping):
        pass
    Incomplete()
except TypeError as e:
    print("TypeError", e)
