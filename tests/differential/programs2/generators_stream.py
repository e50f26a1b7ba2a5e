import itertools as it
from collections import deque


def read_records():
    rows = ["id,name,score", "1,ann,88", "2,bob,72", "3,cy,95", "bad row", "4,dee,60", "5,eve,79"]
    for r in rows:
        yield r


def parse(lines):
    header = next(lines).split(",")
    for line in lines:
        parts = line.split(",")
        if len(parts) != len(header):
            print("skipping:", repr(line))
            continue
        yield dict(zip(header, parts))


def typed(recs):
    for r in recs:
        r["id"] = int(r["id"])
        r["score"] = int(r["score"])
        yield r


def window(iterable, n):
    d = deque(maxlen=n)
    for x in iterable:
        d.append(x)
        if len(d) == n:
            yield tuple(d)


recs = list(typed(parse(read_records())))
print(recs)
print(list(window((r["score"] for r in recs), 3)))
print(list(it.accumulate(r["score"] for r in recs)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.islice(it.count(1, 3), 5)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat(7, 3)))
print([(k, [r["name"] for r in g]) for k, g in it.groupby(sorted(recs, key=lambda r: r["score"] // 10), key=lambda r: r["score"] // 10)])
print(list(it.chain.from_iterable([[1, 2], [3], []])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(it.filterfalse(lambda x: x % 2, range(8))), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.zip_longest("ab", "wxyz", fillvalue="-")), list(it.pairwise([1, 2, 3, 4])))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
print(len(list(it.permutations(range(5), 3))), list(it.product("ab", [0, 1])))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))


def coroutine_avg():
    total = 0.0
    n = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return n
        total += x
        n += 1
        avg = total / n


co = coroutine_avg()
next(co)
for v in [10, 20, 60]:
    print("avg", co.send(v))
try:
    co.send(None)
except StopIteration as e:
    print("done after", e.value)


def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x


print(list(flatten([1, [2, (3, [4, 5]), []], 6])))


def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown closed at", n)


g = countdown(5)
print(next(g), next(g))
g.close()
print(sum(x * x for x in range(10) if x % 3), any(x > 8 for x in range(10)), all([]))
gen = (i for i in range(3))
print(list(gen), list(gen))
print(next(iter([]), "empty"))
