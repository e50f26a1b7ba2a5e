# A grab bag utility script: print options, iter sentinels, zip strict, map, hash, id, slices.
import io, sys

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")

sink = Sink()
print("a", "b", sep=None, end=None, file=sink)
print("c", 1, 2.5, None, sep="|", end="!\n", file=sink, flush=True)
print(file=sink)
print(*[], sep="-", file=sink)
print(sink.parts)
buf = io.StringIO()
print("x", "y", sep="", end="", file=buf)
print(repr(buf.getvalue()))
for bad in [dict(sep=1), dict(end=2), dict(file=5)]:
    try:
        print("z", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print("to", "stderr", file=sys.stderr)

lines = iter(["alpha", "beta", "", "gamma"])
print(list(iter(lambda: next(lines), "")), next(lines, "dflt"), next(lines, "dflt"))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
print(list(zip([1, 2], "ab", (True, False))), list(zip()), list(zip([1, 2, 3], "ab")))
for args in [([1, 2], [3]), ([1], [2, 3]), ([1, 2], [3, 4], [5]), ([1, 2], [3, 4])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
try:
    map(len)
except TypeError as e:
    print("TypeError:", e)
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(enumerate("ab", start=10)))
print(list(reversed(range(1, 10, 3))), list(reversed("abc")), reversed([]).__class__.__name__)

print(hash(-1), hash(-2), hash(0.5), hash(1.5), hash(-0.5), hash(1e100) == hash(int(1e100)), hash(2**61), hash(2**61 - 1))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((-1,)), hash(0.0) == hash(-0.0) == hash(0), hash(True), hash(None) == hash(None))
print(hash(float("inf")), hash(float("-inf")), hash(10**20), hash(-(10**20)), hash(frozenset()) , hash((1.5, -1)))
print(hash(2**64 + 7), hash(-(2**100)), hash(3.75), hash(1 / 3))
a, b = object(), object()
print(id(a) == id(a), id(a) != id(b), a is not b, type(id(a)).__name__)
print(Ellipsis, ..., Ellipsis is ..., NotImplemented, type(...).__name__, type(NotImplemented).__name__, bool(...))
try:
    bool(NotImplemented)
    print("bool(NotImplemented) ok")
except TypeError as e:
    print("TypeError:", e)
sl = slice(2, None, -1)
print(sl, sl.start, sl.stop, sl.step, sl.indices(10), "abcdef"[sl], [1, 2, 3][slice(None, None, 2)])
print(divmod(-7.5, 2), divmod(7, -2), abs(-0.0), abs(-5), abs(True), pow(2, 10), pow(2.0, -1))
print(isinstance(True, int), isinstance(1, (str, (float, int))), issubclass(bool, (int,)), callable(len), callable(5))
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(x for x in [1, 0]), chr(955), ord("λ"), bin(10)[2:].zfill(8))
print(round(7 / 3, 3), format(1234.5678, ",.2f"), format("s", "^5"), format(3), format(None), ascii("λ"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
print(sorted({3: "c", 1: "a"}.items()), list(range(10, 0, -3)), range(0, 10, 2)[1:3], range(5)[-1], 3 in range(0, 10, 3))
print(len(range(-5, 5, 3)), range(1, 5) == range(1, 5), range(0) == range(2, 2), range(10).index(4), range(0, 20, 5).count(10))
r = range(10**20)
print(len(r) if False else r[-1], r[10**19], 10**19 in r)
try:
    len(r)
except OverflowError as e:
    print("OverflowError:", e)
print(vars(sink).keys(), type(vars(sink)).__name__, type(sink.__dict__).__name__)
