"""Expected functools results from CPython: python3 gen_functools.py > data/functools.json"""
import functools
import operator
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from pyval import call, dump, enc  # noqa: E402

out = {}
out["reduce"] = [call(functools.reduce, operator.add, [1, 2, 3, 4]),
                 call(functools.reduce, operator.mul, [], 1),
                 call(functools.reduce, operator.add, []),
                 call(functools.reduce, operator.add, ["a", "b"], "x")]

p = functools.partial(pow, 2)
q = functools.partial(p, 10)
out["partial"] = [enc(p(5)), enc(q()), enc(q.args), enc(functools.partial(max, 3, key=abs)(-5, 4))]


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib(30)
out["fib"] = [enc(fib(80)), repr(fib.cache_info())]

calls = []


@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


for x in [1, 2, 1, 3, 2, 1, 1.0, True, 4]:
    sq(x)
out["lru2"] = [enc(calls), repr(sq.cache_info())]
sq.cache_clear()
out["lru2_cleared"] = repr(sq.cache_info())

tcalls = []


@functools.lru_cache(typed=True)
def ident(x):
    tcalls.append(x)
    return x


for x in [1, 1.0, True, 1, "a", (1, 2), (1.0, 2)]:
    ident(x)
out["typed"] = [enc(tcalls), repr(ident.cache_info())]

kcalls = []


@functools.lru_cache
def kw(a, b=0):
    kcalls.append((a, b))
    return a + b


for args, kws in [((1,), {}), ((1,), {"b": 2}), ((1, 2), {}), ((1,), {"b": 2}), ((), {"a": 1, "b": 2}), ((), {"b": 2, "a": 1})]:
    kw(*args, **kws)
out["kwkeys"] = [enc(kcalls), repr(kw.cache_info())]


def cmp(a, b):
    return (a % 10 > b % 10) - (a % 10 < b % 10)


out["cmp_to_key"] = enc(sorted([35, 12, 41, 9, 20, 3, 15], key=functools.cmp_to_key(cmp)))


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v


table = []
for a in [1, 2, 3]:
    for b in [1, 2, 3]:
        table.append([V(a) < V(b), V(a) <= V(b), V(a) > V(b), V(a) >= V(b)])
out["total_ordering"] = table


@functools.singledispatch
def show(x):
    return "object"


@show.register(int)
def _(x):
    return "int"


@show.register(list)
def _(x):
    return "list"


show.register(str, lambda x: "str")


class Base:
    pass


class Derived(Base):
    pass


show.register(Base, lambda x: "Base")
out["singledispatch"] = [show(v) for v in [1, True, "s", [1], (1,), 2.5, None, Base(), Derived()]]
dump(out)
