"""Generator pipelines over log lines: send(), yield from, itertools helpers."""
import itertools as it
import re

LOG = """2024-05-01 10:00:01 INFO  web   GET /index.html 200 512
2024-05-01 10:00:02 WARN  web   GET /missing 404 0
2024-05-01 10:00:02 INFO  api   POST /login 200 128
2024-05-01 10:00:05 ERROR api   POST /pay 500 0
2024-05-01 10:01:00 INFO  web   GET /style.css 200 2048
garbage line here
2024-05-01 10:01:30 DEBUG worker tick
2024-05-01 10:02:00 ERROR web   GET /admin 403 0
2024-05-01 10:02:10 INFO  api   GET /items 200 4096
"""

PATTERN = re.compile(r"(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+)\s+(?P<svc>\w+)\s+(?P<rest>.*)")


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def parse(lines):
    for n, line in lines:
        m = PATTERN.match(line)
        if m is None:
            print(f"  [skip line {n}: {line!r}]")
            continue
        yield m.groupdict()


def only(levels, records):
    return (r for r in records if r["level"] in levels)


def http(records):
    for r in records:
        parts = r["rest"].split()
        if len(parts) == 4:
            method, path, status, size = parts
            yield {**r, "method": method, "path": path, "status": int(status), "size": int(size)}


def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count, avg


def chain_all(*gens):
    results = []
    for g in gens:
        results.append((yield from g))
    return results


def sub(tag, n):
    for i in range(n):
        yield f"{tag}{i}"
    return tag.upper()


records = list(http(parse(read_lines(LOG))))
print(len(records), [r["path"] for r in records])
errors = list(only({"ERROR", "WARN"}, records))
print([(r["time"], r["status"]) for r in errors])

avg = averager()
next(avg)
for r in records:
    cur = avg.send(r["size"])
print(f"running avg {cur:.2f}")
try:
    avg.send(None)
except StopIteration as stop:
    print("averager returned", stop.value)

g = chain_all(sub("a", 2), sub("b", 3))
out = []
try:
    while True:
        out.append(next(g))
except StopIteration as e:
    print(out, e.value)

by_svc = {k: [r["status"] for r in grp] for k, grp in it.groupby(sorted(records, key=lambda r: r["svc"]), key=lambda r: r["svc"])}
print(by_svc)
print(list(it.takewhile(lambda r: r["status"] < 400, records))[-1]["path"])
print([r["path"] for r in it.dropwhile(lambda r: r["level"] == "INFO", records)])
print(list(it.pairwise([r["time"][-2:] for r in records])))
print(list(it.zip_longest("abc", [1, 2], fillvalue="-")), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
a, b = it.tee(iter(range(5)))
print(list(a), sum(b), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.repeat("x", 3)))
print(list(it.islice(it.cycle("AB"), 5)), list(it.islice(it.count(10, -3), 3)), next(it.count(2.5, 0.5)))
print(list(it.product("ab", repeat=2)), list(it.permutations([1, 2, 3], 2))[:4])
print(list(it.combinations("abcd", 3)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.filterfalse(str.isdigit, "a1b2c3")), list(it.chain("ab", [1], (2,))))
gen = (x * x for x in range(4))
print(next(gen), list(gen), list(gen))


def countdown(n):
    try:
        while n:
            yield n
            n -= 1
    finally:
        print("countdown closed at", n)


cd = countdown(5)
print(next(cd), next(cd))
cd.close()
cd2 = countdown(2)
for x in cd2:
    print("got", x)
