"""Apache-style access log analyzer: re + collections + datetime + statistics."""
import re
import statistics
from collections import Counter, defaultdict, namedtuple
from datetime import datetime, timedelta, timezone

LOG = r'''
192.168.0.1 - - [10/Oct/2023:13:55:36 -0700] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
192.168.0.2 - frank [10/Oct/2023:13:56:01 -0700] "POST /login HTTP/1.1" 302 0 "http://x.com/" "curl/8.0"
10.1.1.7 - - [10/Oct/2023:13:57:12 -0700] "GET /images/logo.png HTTP/1.1" 200 10240 "-" "Mozilla/5.0"
10.1.1.7 - - [10/Oct/2023:14:01:00 -0700] "GET /missing.php HTTP/1.1" 404 512 "-" "sqlmap/1.7"
192.168.0.1 - - [10/Oct/2023:14:05:59 -0700] "GET /api/items?page=2&sort=asc HTTP/1.1" 200 873 "-" "python-requests/2.31"
172.16.5.4 - - [10/Oct/2023:14:10:10 -0700] "DELETE /api/items/17 HTTP/1.1" 500 97 "-" "Mozilla/5.0"
192.168.0.2 - frank [10/Oct/2023:15:00:00 -0700] "GET /index.html HTTP/1.0" 304 0 "-" "Mozilla/5.0"
bad line that does not match
10.1.1.7 - - [11/Oct/2023:00:00:01 -0700] "GET /robots.txt HTTP/1.1" 200 68 "-" "Googlebot/2.1"
'''
PAT = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \S+ (?P<user>\S+) \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) (?P<proto>HTTP/\d\.\d)" (?P<status>\d{3}) (?P<size>\d+) '
    r'"(?P<ref>[^"]*)" "(?P<agent>[^"]*)"'
)
Hit = namedtuple("Hit", "ip user when method path status size agent")
hits, bad = [], []
for lineno, line in enumerate(LOG.strip().splitlines(), 1):
    m = PAT.fullmatch(line)
    if not m:
        bad.append(lineno)
        continue
    when = datetime.strptime(m["ts"], "%d/%b/%Y:%H:%M:%S %z")
    hits.append(Hit(m["ip"], None if m["user"] == "-" else m["user"], when, m["method"], m["path"],
                    int(m["status"]), int(m["size"]), m["agent"]))
print(f"parsed {len(hits)} hits, bad lines: {bad}")
print(hits[1])
by_status = Counter(h.status for h in hits)
print("status:", sorted(by_status.items()))
by_class = Counter(f"{h.status // 100}xx" for h in hits)
print("classes:", by_class.most_common())
per_ip = defaultdict(list)
for h in hits:
    per_ip[h.ip].append(h)
for ip, hs in sorted(per_ip.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    total = sum(h.size for h in hs)
    print(f"{ip:<15} {len(hs):>2} hits {total:>7,d} bytes  first={hs[0].when:%H:%M:%S} last={hs[-1].when.isoformat()}")
sizes = [h.size for h in hits if h.size]
print("size mean=%.2f median=%s stdev=%.3f" % (statistics.mean(sizes), statistics.median(sizes), statistics.stdev(sizes)))
span = hits[-1].when - hits[0].when
print("span:", span, span.total_seconds() / 3600, "hours")
utc = [h.when.astimezone(timezone.utc) for h in hits]
print("utc first/last:", utc[0], utc[-1].strftime("%Y-%m-%dT%H:%M:%SZ"))
hourly = Counter(h.when.replace(minute=0, second=0) for h in hits)
for hour, n in sorted(hourly.items()):
    print(hour.strftime("%a %d %b %H:00"), "#" * n)
bots = [h for h in hits if re.search(r"bot|crawl|spider|sqlmap", h.agent, re.I)]
print("bots:", [(h.ip, h.agent.split("/")[0]) for h in bots])
paths = Counter(re.sub(r"\d+", "{id}", h.path.split("?")[0]) for h in hits)
print(paths.most_common(3))
qs = [dict(kv.split("=") for kv in h.path.split("?", 1)[1].split("&")) for h in hits if "?" in h.path]
print(qs)
errors = [h for h in hits if h.status >= 400]
window = timedelta(minutes=15)
for e in errors:
    near = [h.path for h in hits if abs(h.when - e.when) <= window and h is not e]
    print(f"{e.status} {e.path} near: {near}")
users = {h.user for h in hits if h.user}
print(sorted(users), len({h.ip for h in hits}))
proto = Counter(PAT.match(l).group("proto") for l in LOG.strip().splitlines() if PAT.match(l))
print(dict(proto))
