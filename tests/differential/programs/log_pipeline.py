# Generator pipeline over web-server log lines: parsing, filtering, grouping, itertools.
import itertools
from collections import namedtuple, defaultdict
from datetime import datetime

RAW = """\
2024-01-05 10:00:01 GET /index.html 200 512
2024-01-05 10:00:03 GET /about.html 200 1024
2024-01-05 10:01:10 POST /api/login 401 64
2024-01-05 10:01:15 POST /api/login 200 128
bad line here
2024-01-05 10:02:00 GET /img/logo.png 304 0
2024-01-05 11:15:42 GET /index.html 200 512
2024-01-05 11:16:00 GET /missing 404 32
2024-01-05 11:20:13 DELETE /api/item/7 500 16
2024-01-05 12:00:00 GET /index.html 200 530
"""

Hit = namedtuple("Hit", "when method path status size")


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if line:
            yield n, line


def parse(lines, errors):
    for n, line in lines:
        try:
            d, t, method, path, status, size = line.split()
            yield Hit(datetime.strptime(f"{d} {t}", "%Y-%m-%d %H:%M:%S"), method, path, int(status), int(size))
        except ValueError as e:
            errors.append((n, str(e)))


def only(hits, pred):
    return (h for h in hits if pred(h))


errors = []
hits = list(parse(read_lines(RAW), errors))
print(len(hits), "hits;", "errors:", errors)
print(hits[0])
print(hits[0]._replace(status=201).status, hits[0]._asdict()["path"], Hit._fields)

ok = list(only(hits, lambda h: 200 <= h.status < 300))
print("ok:", [h.path for h in ok])
failed = sorted({h.path for h in hits if h.status >= 400})
print("failed paths:", failed)

by_hour = itertools.groupby(hits, key=lambda h: h.when.hour)
for hour, group in by_hour:
    g = list(group)
    print(f"{hour:02d}:00  {len(g)} hits  {sum(h.size for h in g):>5} bytes")

by_method = defaultdict(list)
for h in hits:
    by_method[h.method].append(h.status)
print(dict(by_method))

sizes = [h.size for h in hits]
print(list(itertools.accumulate(sizes)))
print(list(itertools.accumulate(sizes, max)))
print(list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.chain.from_iterable([h.path.split("/")[1:] for h in hits[:3]])))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.takewhile(lambda h: h.status != 401, hits))[-1].path)
print(next(itertools.dropwhile(lambda h: h.method == "GET", hits)).path)
print(list(itertools.product("xy", range(2))))
print(list(itertools.permutations([1, 2, 3], 2))[:4])
print(list(itertools.combinations("abcd", 3)))
print(list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.filterfalse(str.isdigit, "a1b2c3")))
pairs = list(zip(hits, hits[1:]))
gaps = [(b.when - a.when).total_seconds() for a, b in pairs]
print(gaps)
print(max(gaps), min(gaps), sum(gaps) / len(gaps))
first, *middle, last = hits
print(first.when.strftime("%H:%M"), len(middle), last.when.isoformat(), (last.when - first.when))
counter = itertools.count(start=10, step=5)
print([next(counter) for _ in range(3)])
for key, grp in itertools.groupby(sorted(hits, key=lambda h: h.status // 100), key=lambda h: h.status // 100):
    print(f"{key}xx", len(list(grp)))
print(list(itertools.pairwise([1, 4, 9, 16])))
t1, t2 = itertools.tee(iter([1, 2, 3]))
print(list(t1), list(t2))
print(list(itertools.repeat("z", 3)), list(map(lambda x, y: x * y, [1, 2], itertools.repeat(3))))
