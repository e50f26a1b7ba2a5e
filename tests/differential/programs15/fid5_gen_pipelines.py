"""Generator pipelines: log processing with chained generators, send(), yield from, close()."""

import itertools

LOG = """\
2024-01-01 10:00:01 INFO  web   request /index 200 12ms
2024-01-01 10:00:02 WARN  db    slow query 850ms
2024-01-01 10:00:02 INFO  web   request /api/users 200 48ms
2024-01-01 10:00:03 ERROR web   request /api/orders 500 3ms
# comment line
2024-01-01 10:00:04 INFO  auth  login alice
2024-01-01 10:00:05 INFO  web   request /index 304 2ms

2024-01-01 10:00:06 ERROR db    connection reset
2024-01-01 10:00:07 INFO  web   request /api/users 200 51ms
2024-01-01 10:00:08 DEBUG web   cache hit /index
"""


def lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def non_blank(pairs):
    for n, line in pairs:
        if line.strip() and not line.lstrip().startswith("#"):
            yield n, line


def parse(pairs):
    for n, line in pairs:
        date, time, level, comp, *msg = line.split()
        yield {"n": n, "ts": f"{date}T{time}", "level": level, "comp": comp, "msg": " ".join(msg)}


def only(records, *levels):
    return (r for r in records if r["level"] in levels)


def durations(records):
    for r in records:
        last = r["msg"].rsplit(" ", 1)[-1]
        if last.endswith("ms") and last[:-2].isdigit():
            yield r["comp"], int(last[:-2])


def running_stats():
    count, total, hi = 0, 0, None
    while True:
        value = yield (count, total, hi)
        if value is None:
            break
        count += 1
        total += value
        hi = value if hi is None else max(hi, value)
    return f"done after {count}"


def chunked(it, size):
    it = iter(it)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


def delegate():
    result = yield from running_stats()
    yield f"inner said: {result}"


pipeline = parse(non_blank(lines(LOG)))
records = list(pipeline)
print(len(records), records[0])
print(next(pipeline, "exhausted"))
for r in only(records, "ERROR", "WARN"):
    print(f"{r['n']:>3} {r['ts']} {r['level']:<5} {r['comp']:<4} {r['msg']}")
durs = list(durations(records))
print(durs)
stats = running_stats()
print(next(stats))
for comp, ms in durs:
    print(comp, stats.send(ms))
try:
    stats.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(list(chunked(range(7), 3)), list(chunked([], 2)))
print(list(flatten([1, [2, (3, [4, []]), 5], [[6]]])))
d = delegate()
next(d)
d.send(10)
d.send(30)
print(d.send(None), next(d, "end"))
by_comp = {k: [r["n"] for r in g] for k, g in itertools.groupby(sorted(records, key=lambda r: r["comp"]), key=lambda r: r["comp"])}
print(by_comp)
g = (r["level"] for r in records)
print(next(g), next(g), list(itertools.islice(g, 2)), sum(1 for _ in g))
counter = itertools.count(1)
tagged = zip(counter, (r["comp"] for r in records if r["comp"] != "web"))
print(list(tagged), next(counter))
print(list(itertools.accumulate(ms for _, ms in durs)), list(itertools.pairwise("abcd")))
squares = (i * i for i in itertools.count())
print(list(itertools.takewhile(lambda v: v < 50, squares)), next(squares))
gen = lines("a\nb\nc")
print(next(gen))
gen.close()
print(next(gen, "closed"), list(gen))
