# Exceptions raised and shown while generators (and a context manager made from one) run or
# sit suspended inside try blocks: tracebacks must be complete whatever the generator's own
# handlers drop, whether its try holds a yield or not.
import traceback
from contextlib import contextmanager


def tb():
    return traceback.format_exc().replace(__file__, "sp5_gen_try_records.py")


def fail(x):
    return int(x)


def gen_try_no_yield(items):
    for x in items:
        try:
            v = int(x)
        except ValueError:
            continue
        yield v


def gen_try_spans_yield(items):
    for x in items:
        try:
            yield int(x)
        except ValueError:
            pass


@contextmanager
def managed(tag):
    try:
        yield tag
    finally:
        print("exit", tag)


# 1. generator drops ValueError around int() without yielding in its try; consumer shows one.
total = 0
for v in gen_try_no_yield(["1", "x", "3"]):
    total += v
    try:
        fail("bad" + str(v))
    except ValueError:
        print(tb())
print("total", total)

# 2. generator suspended inside `try: ... except ValueError: pass`; consumer raises ValueError
#    a few frames down and shows the traceback.
g = gen_try_spans_yield(["4", "5", "q", "6"])
print(next(g))
try:
    fail("zz")
except ValueError:
    print(tb())
print(list(g))

# 3. after that generator is finished, drop-only handlers still work and shown ones are full.
n = 0
for i in range(2000):
    try:
        fail("x" if i % 3 else "7")
    except ValueError:
        n += 1
print("dropped", n)
try:
    fail("after")
except ValueError:
    print(tb())

# 4. a context manager generator suspended in its try/finally while the with-body raises.
with managed("a") as t:
    try:
        fail(t)
    except ValueError:
        print(tb())

try:
    with managed("b"):
        fail("b2")
except ValueError:
    print(tb())

# 5. an abandoned generator left suspended inside its try: later tracebacks stay complete.
h = gen_try_spans_yield(["8", "9"])
print(next(h))
for i in range(3):
    try:
        fail("y" * (i + 1))
    except ValueError as e:
        print(i, e)
try:
    fail("last")
except ValueError:
    print(tb())


# 6. a generator whose try drops KeyError while its consumer's try looks at KeyError.
def lookups(d, keys):
    for k in keys:
        try:
            yield d[k]
        except KeyError:
            yield None


def deep(d, k):
    return d[k]


vals = []
for v in lookups({"a": 1}, ["a", "b", "a"]):
    vals.append(v)
    try:
        deep({}, "k" + str(v))
    except KeyError:
        print(tb().splitlines()[-3:])
print(vals)
fail("uncaught")
