"""Access-log analyzer: re + collections + datetime, the way ops scripts do it."""
import re
from collections import Counter, defaultdict, OrderedDict
from datetime import datetime, timedelta, timezone

LOG = """\
203.0.113.5 - - [10/Oct/2023:13:55:36 +0200] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
203.0.113.5 - - [10/Oct/2023:13:55:40 +0200] "GET /style.css HTTP/1.1" 200 512 "http://x/" "Mozilla/5.0"
198.51.100.7 - bob [10/Oct/2023:14:01:02 +0200] "POST /api/login HTTP/1.1" 401 87 "-" "curl/8.1"
198.51.100.7 - bob [10/Oct/2023:14:01:09 +0200] "POST /api/login HTTP/1.1" 200 91 "-" "curl/8.1"
192.0.2.44 - - [10/Oct/2023:23:59:59 -0500] "GET /missing HTTP/1.0" 404 0 "-" "bot/2.0 (+http://bot)"
192.0.2.44 - - [11/Oct/2023:00:00:03 -0500] "HEAD / HTTP/1.0" 200 - "-" "bot/2.0 (+http://bot)"
this line is garbage and should be skipped
203.0.113.5 - - [11/Oct/2023:08:15:00 +0200] "DELETE /api/items/42 HTTP/1.1" 500 1024 "-" "Mozilla/5.0"
"""

PAT = re.compile(r'''
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+
    \S+\s+(?P<user>\S+)\s+
    \[(?P<ts>[^\]]+)\]\s+
    "(?P<method>[A-Z]+)\s(?P<path>\S+)\s(?P<proto>HTTP/\d\.\d)"\s+
    (?P<status>\d{3})\s+(?P<size>\d+|-)
    (?:\s+"(?P<ref>[^"]*)"\s+"(?P<ua>[^"]*)")?
''', re.VERBOSE)

records = []
bad = 0
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = PAT.match(line)
    if not m:
        bad += 1
        print(f"skip line {lineno}: {line[:20]!r}")
        continue
    d = m.groupdict()
    d["when"] = datetime.strptime(d["ts"], "%d/%b/%Y:%H:%M:%S %z")
    d["size"] = 0 if d["size"] == "-" else int(d["size"])
    records.append(d)

print(len(records), "records,", bad, "bad")
print(records[0]["when"], repr(records[0]["when"]))
print(records[4]["when"].tzinfo, records[4]["when"].utcoffset())
utc = [r["when"].astimezone(timezone.utc) for r in records]
print([u.isoformat() for u in utc[:3]])
print(sorted(utc)[0], sorted(utc)[-1])
span = max(utc) - min(utc)
print("span", span, span.total_seconds(), repr(span))

by_ip = Counter(r["ip"] for r in records)
print(by_ip.most_common(2))
print(by_ip)
status = Counter(r["status"][0] + "xx" for r in records)
print(sorted(status.items()))
bytes_by_path = defaultdict(int)
for r in records:
    bytes_by_path[r["path"]] += r["size"]
print(dict(sorted(bytes_by_path.items(), key=lambda kv: (-kv[1], kv[0]))))
methods = OrderedDict()
for r in records:
    methods.setdefault(r["method"], []).append(r["status"])
print(methods)
print(list(methods.items())[-1])

# gaps between consecutive requests of one client
per_ip = defaultdict(list)
for r in records:
    per_ip[r["ip"]].append(r["when"])
for ip, times in sorted(per_ip.items()):
    gaps = [b - a for a, b in zip(times, times[1:])]
    print(ip, [str(g) for g in gaps])

# hourly histogram, in UTC
hist = Counter(u.strftime("%Y-%m-%d %H:00") for u in utc)
for k in sorted(hist):
    print(f"{k} {'#' * hist[k]}")

# re helpers on the results
uas = {r["ua"] for r in records}
print(sorted(re.sub(r"\s*\(.*?\)", "", u) for u in uas))
print(re.findall(r"/api/(\w+)(?:/(\d+))?", LOG))
print([m.span() for m in re.finditer(r"\b[45]\d\d\b", LOG)][:4])
print(re.split(r"(\s)\[|\]", LOG.splitlines()[0], maxsplit=2))
print(re.subn(r"(?<=\.)\d+(?=\s)", "x", LOG.splitlines()[2]))
print(PAT.groupindex["status"], PAT.groups, PAT.flags & re.VERBOSE == re.VERBOSE)
window = timedelta(hours=10)
late = [r["path"] for r in records if r["when"] - records[0]["when"] > window]
print(late)
print(timedelta(days=-1, seconds=5), -timedelta(hours=1, microseconds=3), timedelta(weeks=2) / 3)
print(timedelta(hours=25) // timedelta(hours=2), timedelta(hours=25) % timedelta(hours=2))
print(divmod(timedelta(minutes=100), timedelta(minutes=30)))
