import re
from collections import Counter, defaultdict

LOG = """\
2024-03-01 12:00:01 INFO  [web] GET /index.html 200 512
2024-03-01 12:00:02 WARN  [web] GET /missing 404 0
2024-03-01 12:00:05 ERROR [db] timeout after 30s (query=SELECT * FROM users)
2024-03-01 12:01:00 INFO  [web] POST /api/login 200 128
2024-03-01 12:01:30 DEBUG [cache] hit ratio=0.93
bad line here
2024-03-01 12:02:00 ERROR [web] GET /api/data 500 64
2024-03-02 08:00:00 INFO  [cron] job nightly finished in 125.5s
"""

LINE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$"
)
REQ = re.compile(r"(GET|POST) (\S+) (\d{3}) (\d+)")

levels = Counter()
by_comp = defaultdict(list)
bad = []
requests = []
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(n)
        continue
    levels[m["level"]] += 1
    by_comp[m.group("comp")].append(m.group("time"))
    r = REQ.search(m["msg"])
    if r:
        method, path, status, size = r.groups()
        requests.append((method, path, int(status), int(size)))

print(levels.most_common())
print(dict(by_comp))
print("bad lines:", bad)
for req in requests:
    print("{:<5}{:<15}{:>4}{:>6}".format(*req))
errors = [r for r in requests if r[2] >= 400]
print("error rate: {:.1%}".format(len(errors) / len(requests)))

print(re.findall(r"\d+(?:\.\d+)?s\b", LOG))
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", "on 2024-03-01 and 2023-12-25"))
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "hello big world"))
print(re.split(r"[,;]\s*", "a, b;c,  d"))
print(re.split(r"(\s)", "x y  z", maxsplit=2))
m = re.search(r"query=(.*)\)", LOG)
print(m.group(1), m.span(1), m.start(), m.end() - m.start())
print(re.fullmatch(r"[a-z]+", "abc") is not None, re.fullmatch(r"[a-z]+", "abc1"))
kv = dict(re.findall(r"(\w+)=([\w.]+)", "a=1 b=two c=3.5"))
print(kv)
pat = re.compile(r"(?i)error|warn")
print(len(pat.findall(LOG)), pat.pattern, bool(pat.flags & re.IGNORECASE))
for mm in re.finditer(r"\[(\w+)\]", LOG):
    print(mm.group(1), end=" ")
print()
print(re.escape("a.b*c?"), re.sub(r"\s+", " ", "  many   spaces\there "))
print(re.match(r"(\d+)-(\d+)?", "12-").groups(), re.match(r"(\d+)-(\d+)?", "12-").groups("none"))
print(re.subn(r"o", "0", "foo boo"))
named = re.match(r"(?P<user>\w+)@(?P<host>[\w.]+)", "guido@python.org")
print(named.groupdict(), named.lastgroup, named.re.groupindex["host"])
