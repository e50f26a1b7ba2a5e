import itertools as it
import operator
from functools import reduce

LOG = """\
2024-05-01 10:00:01 INFO  api    GET /users 200 12ms
2024-05-01 10:00:02 WARN  api    GET /users/9 404 3ms
2024-05-01 10:00:02 INFO  auth   POST /login 200 45ms
2024-05-01 10:01:10 ERROR db     query timeout 5000ms
2024-05-01 10:01:11 INFO  api    GET /items 200 30ms
2024-05-01 10:02:00 ERROR api    GET /items/3 500 120ms
2024-05-01 10:02:05 INFO  auth   POST /logout 200 8ms
2024-05-01 10:03:30 WARN  db     slow query 900ms
"""


def parse(lines):
    for line in lines:
        date, time, level, svc, *rest = line.split()
        ms = int(rest[-1].removesuffix("ms"))
        yield {"time": time, "level": level, "svc": svc, "msg": " ".join(rest[:-1]), "ms": ms}


def where(records, **conds):
    return (r for r in records if all(r[k] == v for k, v in conds.items()))


def select(records, *keys):
    getter = operator.itemgetter(*keys)
    return map(getter, records)


recs = list(parse(LOG.splitlines()))
print(len(recs), list(select(where(recs, level="ERROR"), "time", "svc")))
by_svc = {k: [r["ms"] for r in g] for k, g in it.groupby(sorted(recs, key=operator.itemgetter("svc")), key=operator.itemgetter("svc"))}
print(by_svc)
print({k: (min(v), max(v), sum(v) / len(v)) for k, v in by_svc.items()})
print(list(it.accumulate(r["ms"] for r in recs)), list(it.accumulate([3, 1, 4, 1, 5], max)))
minutes = it.groupby(recs, key=lambda r: r["time"][:5])
print([(m, len(list(g))) for m, g in minutes])
print(list(it.islice(it.cycle(["r", "g", "b"]), 7)), list(it.repeat(0, 3)), list(it.zip_longest([1, 2], "abc")))
pairs = list(it.pairwise(r["ms"] for r in recs))
print(pairs[:3], [b - a for a, b in pairs])
print(list(it.starmap(lambda a, b: f"{a}->{b}", it.combinations("ABC", 2))), len(list(it.permutations("ABCD"))))
print(list(it.compress(recs, (r["ms"] > 100 for r in recs)))[0]["msg"], list(it.filterfalse(lambda r: r["level"] == "INFO", recs))[-1]["time"])
print(reduce(operator.or_, ({r["svc"]} for r in recs)), reduce(lambda acc, r: acc + r["ms"], recs, 0))
chunks = [list(g) for _, g in it.groupby(enumerate(range(10)), key=lambda p: p[0] // 4)]
print([[v for _, v in c] for c in chunks])


def batched(iterable, n):
    itr = iter(iterable)
    while batch := tuple(it.islice(itr, n)):
        yield batch


print(list(batched("abcdefg", 3)), list(it.chain.from_iterable(batched(range(5), 2))))
counter = it.count(start=100, step=-7)
print([next(counter) for _ in range(4)], list(it.takewhile(lambda x: x > 70, counter)))
a, b, c = it.tee(iter([1, 2, 3]), 3)
print(list(a), sum(b), max(c), list(it.product([0, 1], repeat=3))[-2:])
print(sorted(recs, key=operator.itemgetter("ms"), reverse=True)[0]["msg"], any(r["ms"] > 4000 for r in recs), all(r["svc"] for r in recs))
