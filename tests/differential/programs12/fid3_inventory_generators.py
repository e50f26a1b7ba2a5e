import itertools
from collections import namedtuple

Movement = namedtuple("Movement", "day sku delta reason")

RAW = """
1,A,+50,receive
1,B,+20,receive
2,A,-5,sale
2,A,-7,sale
2,C,+15,receive
3,B,-25,sale
3,A,+10,return
4,C,-15,sale
4,C,-1,sale
5,B,+40,receive
5,A,-60,sale
"""


def parse(text):
    for ln, line in enumerate(text.strip().splitlines(), 1):
        day, sku, delta, reason = line.split(",")
        yield Movement(int(day), sku, int(delta), reason)


def running_levels(moves):
    level = {}
    for m in moves:
        new = level.get(m.sku, 0) + m.delta
        status = "OK" if new >= 0 else "SHORT"
        level[m.sku] = max(new, 0)
        yield m, level[m.sku], status


def by_day(rows):
    for day, grp in itertools.groupby(rows, key=lambda r: r[0].day):
        yield day, list(grp)


def alerts(rows, threshold):
    for m, lvl, status in rows:
        if status == "SHORT":
            yield f"day {m.day}: {m.sku} short by {-(lvl + m.delta) if lvl == 0 else 0}"
        elif lvl < threshold and m.delta < 0:
            yield f"day {m.day}: {m.sku} low ({lvl})"


moves = list(parse(RAW))
print(moves[0], moves[-1]._asdict())
rows = list(running_levels(moves))
for day, grp in by_day(rows):
    print(day, [(m.sku, m.delta, lvl, st) for m, lvl, st in grp])
print(list(alerts(running_levels(parse(RAW)), 10)))

sales = (m for m in moves if m.reason == "sale")
totals = {}
for m in sales:
    totals[m.sku] = totals.get(m.sku, 0) - m.delta
print(totals, list(sales))


def chunked(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


print([len(c) for c in chunked(moves, 4)], [c[0].sku for c in chunked(moves, 3)])


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(itertools.islice(fib(), 15)), next(x for x in fib() if x > 1000))
print(list(itertools.takewhile(lambda x: x < 100, (x * x for x in itertools.count(1)))))


def pipeline(*stages):
    def run(src):
        for s in stages:
            src = s(src)
        return src
    return run


clean = pipeline(
    lambda xs: (x.strip() for x in xs),
    lambda xs: (x for x in xs if x and not x.startswith("#")),
    lambda xs: (x.lower() for x in xs),
    lambda xs: sorted(set(xs)),
)
print(clean(["  Apple", "#skip", "banana ", "", "APPLE", "cherry"]))
gen = (m.sku for m in moves)
print(next(gen), next(gen), list(itertools.islice(gen, 2)), sum(1 for _ in gen))
nested = ((i, j) for i in range(3) for j in range(i) if (i + j) % 2)
print(list(nested), list(nested))
print(dict(itertools.zip_longest("ab", [1, 2, 3])), list(map(sum, zip(*[[1, 2], [3, 4], [5, 6]]))))
print(any(m.delta < -50 for m in moves), all(m.day <= 5 for m in moves), max((m.delta, m.sku) for m in moves), min(moves, key=lambda m: m.delta).reason)
