import re
from collections import Counter, defaultdict, OrderedDict
from datetime import datetime, timedelta

LOG = """\
2024-03-01 08:15:02 INFO  web-1 GET /index.html 200 0.012
2024-03-01 08:15:07 INFO  web-2 GET /api/users 200 0.145
2024-03-01 08:16:11 WARN  web-1 GET /api/orders 404 0.004
2024-03-01 08:17:45 ERROR web-3 POST /api/orders 500 1.532
2024-03-01 08:18:00 INFO  web-2 GET /index.html 200 0.010
2024-03-01 09:01:13 INFO  web-1 POST /api/login 200 0.231
2024-03-01 09:02:59 ERROR web-2 GET /api/users 503 2.001
2024-03-01 09:30:00 INFO  web-3 GET /static/app.js 304 0.002
2024-03-01 10:45:21 WARN  web-3 GET /api/users 429 0.001
garbage line that does not parse
2024-03-01 11:00:00 INFO  web-1 GET /api/orders 200 0.300
"""

PATTERN = re.compile(
    r"^(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (?P<level>[A-Z]+)\s+(?P<host>\S+) "
    r"(?P<method>GET|POST) (?P<path>\S+) (?P<status>\d{3}) (?P<secs>[\d.]+)$"
)


def parse(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        m = PATTERN.match(line)
        if not m:
            print(f"line {lineno}: cannot parse {line!r}")
            continue
        d = m.groupdict()
        d["ts"] = datetime.strptime(d["ts"], "%Y-%m-%d %H:%M:%S")
        d["status"] = int(d["status"])
        d["secs"] = float(d["secs"])
        yield d


records = list(parse(LOG))
print(len(records), "records")
levels = Counter(r["level"] for r in records)
print(dict(sorted(levels.items())))
by_host = defaultdict(list)
for r in records:
    by_host[r["host"]].append(r["secs"])
for host, times in sorted(by_host.items()):
    avg = sum(times) / len(times)
    print(f"{host}: n={len(times)} avg={avg:.4f} max={max(times):.3f}")
errors = [r for r in records if r["status"] >= 500]
for r in errors:
    print(r["ts"].isoformat(), r["path"], r["status"])
first, last = records[0]["ts"], records[-1]["ts"]
span = last - first
print(span, span.total_seconds(), span // timedelta(minutes=1))
hourly = OrderedDict()
for r in records:
    key = r["ts"].replace(minute=0, second=0)
    hourly[key] = hourly.get(key, 0) + 1
for k, v in hourly.items():
    print(k.strftime("%H:%M"), "*" * v)
slowest = sorted(records, key=lambda r: r["secs"], reverse=True)[:3]
print([(r["path"], r["secs"]) for r in slowest])
paths = Counter(r["path"] for r in records)
print(paths.most_common(3))
print(first.strftime("%A %d %B %Y"), first.weekday(), (first + timedelta(days=30)).date())
print(repr(first), str(first.time()))
