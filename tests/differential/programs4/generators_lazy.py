import itertools


def read_records(lines):
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        yield n, line.split(";")


def typed(records):
    for n, (name, qty, price) in records:
        try:
            yield name, int(qty), float(price)
        except ValueError as e:
            print(f"  line {n}: skipped ({e})")


def running_total(rows):
    total = 0.0
    for name, qty, price in rows:
        total += qty * price
        yield name, round(total, 2)


LINES = """
# name;qty;price
apple;3;0.5
pear;x;0.7
melon;1;3.25

kiwi;10;0.2
bad;1
""".splitlines()

try:
    for item in running_total(typed(read_records(LINES))):
        print(item)
except ValueError as e:
    print("ValueError:", e)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(itertools.islice(fib(), 15)))
print(next(x for x in fib() if x > 1000))
evens = (x for x in fib() if x % 2 == 0)
print([next(evens) for _ in range(5)])


def accumulate_avg():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return total
        total += value
        count += 1
        avg = total / count


g = accumulate_avg()
next(g)
for v in [10, 20, 60]:
    print("avg", g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)


def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, (3, [4, 5])], [], 6])))


def delegate():
    result = yield from inner()
    yield f"inner returned {result}"


def inner():
    yield "a"
    yield "b"
    return 42


print(list(delegate()))


def chunked(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


print(list(chunked(range(10), 3)), list(chunked([], 2)))


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        return iter(range(1, self.start + 1))


c = Countdown(4)
print(list(c), list(reversed(c)), sum(c), max(c), 3 in c, sorted(c))
gen = (i * i for i in range(5))
print(type(gen).__name__, 4 in gen, list(gen))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "exhausted"))
z = zip(range(3), "abc", strict=False)
print(list(z), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
m = map(lambda a, b: a * b, [1, 2, 3], [4, 5])
print(list(m), list(filter(str.isdigit, "a1b22c")), list(enumerate("xy", start=10)))
pipeline = (w.upper() for w in "the quick brown fox".split() if len(w) > 3)
print(", ".join(pipeline), any(x > 3 for x in [1, 5]), all([]), sum(x for x in range(101)))


def gen_with_exc():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
    yield "end"


ge = gen_with_exc()
print(next(ge), ge.throw(ValueError("oops")), next(ge))
