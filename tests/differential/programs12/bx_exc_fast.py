# Exceptions raised by the runtime's fast paths (dict lookups, int() of a str) and caught in
# loops: messages, args, __context__, dict subclasses, and int() literal edge cases.
from collections import defaultdict


class Missing(dict):
    def __missing__(self, k):
        return ("missing", k)


class Loud(dict):
    def __getitem__(self, k):
        if k == "boom":
            raise KeyError("loud " + k)
        return super().__getitem__(k)


def lookup(d, k):
    return d[k]


def count_misses(d, keys):
    hits = misses = 0
    for k in keys:
        try:
            hits += lookup(d, k)
        except KeyError:
            misses += 1
    return hits, misses


d = {i: i * 2 for i in range(0, 50, 5)}
print(count_misses(d, range(50)))
for key in [7, "x", (1, 2), None, 2**70, -0.0 + 3.5, frozenset([1])]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError", repr(e), e.args, str(e))
m = Missing(a=1)
print(m["a"], m["b"], lookup(m, 5))
dd = defaultdict(list)
print(lookup(dd, "k"), dict(dd))
ld = Loud(x=1)
for k in ["x", "boom", "y"]:
    try:
        print(lookup(ld, k))
    except KeyError as e:
        print("Loud", e)

# A handler that raises: the KeyError becomes the new exception's __context__.
try:
    try:
        d[99]
    except KeyError:
        raise ValueError("in handler")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)

# raise ... from inside a loop
for i in range(3):
    try:
        try:
            lookup(d, 1000 + i)
        except KeyError as ke:
            raise LookupError(f"no {i}") from ke
    except LookupError as e:
        print(repr(e), repr(e.__cause__), e.__suppress_context__)

# finally runs on both paths
log = []
for k in [0, 1, 5]:
    try:
        try:
            log.append(d[k])
        finally:
            log.append("fin")
    except KeyError as e:
        log.append(("miss", e.args[0]))
print(log)

# int() of strs: fast digits, signs, whitespace, underscores, unicode digits, bad literals.
samples = ["12", "x7", "", "40", "-3", "4.5", " 17 ", "\t-8\n", "+5", "1_000", "1__0", "_1",
           "1_", "٣٤", "１２", " ", "-", "+", "0x10", "010", "00", "9" * 20, "-" + "9" * 17,
           "12a", "a" * 300, "\u00a012\u2003", "1 2", "٣x", "\x85" + "5"]
good = bad = 0
for s in samples:
    try:
        v = int(s)
        good += 1
        print("int", repr(s), v)
    except ValueError as e:
        bad += 1
        print("ValueError", str(e)[:120], len(str(e)))
print(good, bad)
for s, b in [("ff", 16), ("0x1F", 0), ("zz", 36), ("12", 2), ("0b101", 0), ("010", 0), ("", 8)]:
    try:
        print("base", b, int(s, b))
    except ValueError as e:
        print("ValueError", e)


def parse_all(toks):
    total = errs = 0
    for t in toks:
        try:
            total += int(t)
        except ValueError:
            errs += 1
    return total, errs


print(parse_all(["1", "2", "x", "3", "4.0", "-5", "", "6"] * 100))


class ParseError(Exception):
    def __init__(self, tok, pos):
        super().__init__(f"bad token {tok!r} at {pos}")
        self.tok = tok
        self.pos = pos


def parse(tok, pos):
    if not tok.isdigit():
        raise ParseError(tok, pos)
    return int(tok)


acc = []
for pos, tok in enumerate(["1", "a", "22", "", "3"]):
    try:
        acc.append(parse(tok, pos))
    except ParseError as e:
        acc.append((e.tok, e.pos, str(e), e.args))
print(acc)

# StopIteration from next() caught in a loop
it = iter([1, 2])
got = []
while True:
    try:
        got.append(next(it))
    except StopIteration as e:
        got.append(("stop", e.args, e.value))
        break
print(got)

# Uncaught at the end: the exit status is checked too.
lookup(d, "last")
