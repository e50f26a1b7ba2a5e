import re
from collections import Counter, defaultdict
from datetime import datetime, timedelta

LOG = """\
2024-03-01 12:00:01,123 INFO  [web.server] GET /index.html 200 1532 0.012s ip=10.0.0.1
2024-03-01 12:00:02,456 WARN  [web.server] GET /missing 404 0 0.001s ip=10.0.0.2
2024-03-01 12:00:05,001 ERROR [db.pool] connection reset by peer (attempt 3/5)
2024-03-01 12:01:10,999 INFO  [web.server] POST /api/v1/users 201 88 0.120s ip=10.0.0.1
2024-03-01 12:01:11,000 DEBUG [cache] hit ratio=0.93 keys=1204
2024-03-01 12:02:00,500 INFO  [web.server] GET /api/v1/users/42 200 512 0.033s ip=192.168.1.7
2024-03-01 12:03:33,333 ERROR [web.server] GET /api/v1/crash 500 0 1.500s ip=10.0.0.3
2024-03-01 12:04:00,000 INFO  [web.server] GET /index.html 304 0 0.002s ip=10.0.0.2
"""

LINE = re.compile(
    r"""^(?P<date>\d{4}-\d{2}-\d{2})\s
        (?P<time>\d{2}:\d{2}:\d{2}),(?P<ms>\d{3})\s
        (?P<level>[A-Z]+)\s+
        \[(?P<logger>[\w.]+)\]\s
        (?P<msg>.*)$""",
    re.VERBOSE | re.MULTILINE,
)
REQ = re.compile(r"(?P<method>GET|POST|PUT|DELETE) (?P<path>\S+) (?P<status>\d{3}) (?P<size>\d+) (?P<dur>[\d.]+)s ip=(?P<ip>[\d.]+)")

levels = Counter()
by_logger = defaultdict(list)
times = []
for m in LINE.finditer(LOG):
    levels[m["level"]] += 1
    by_logger[m.group("logger")].append(m.group("msg"))
    ts = datetime.strptime(m["date"] + " " + m["time"], "%Y-%m-%d %H:%M:%S")
    ts += timedelta(milliseconds=int(m["ms"]))
    times.append(ts)
    print(m.span(), m.start("level"), m.end("logger"), repr(m.group("level", "logger")))

print(levels.most_common())
print(sorted(by_logger))
print(times[-1] - times[0], (times[-1] - times[0]).total_seconds())

reqs = [r.groupdict() for r in REQ.finditer(LOG)]
for r in reqs:
    print(r)
status = Counter(int(r["status"]) // 100 * 100 for r in reqs)
print(sorted(status.items()))
ips = Counter(r["ip"] for r in reqs)
print(ips.most_common(2))

# sub with a function and backrefs
def mask(m):
    parts = m.group(0).split(".")
    return ".".join(parts[:2] + ["x", "x"])
print(re.sub(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", mask, LOG.splitlines()[0]))
print(re.sub(r"(\w+)=(\S+)", r"\2<-\1", "a=1 bb=22 ccc=333"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\S+)", r"\g<v>:\g<k>", "a=1 bb=22"))
print(re.subn(r"\d", "#", "a1b22c333", count=4))
print(re.sub("x*", "-", "abxd"))
print(re.sub(r"^", "> ", "l1\nl2\nl3", flags=re.M))

# split with groups, maxsplit
print(re.split(r"(,|;)\s*", "a, b;c,d ;  e"))
print(re.split(r"[,;]", "a,b;c", maxsplit=1))
print(re.split(r"(?:x)|(y)", "axbyc"))
print(re.split(r"\b", "hi there"))

# lookarounds
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "cost $12.50 or $7, not 9"))
print(re.findall(r"\b\w+(?=ing\b)", "singing and dancing while going"))
print(re.findall(r"(?<!-)\b\d+\b", "5 -6 7 -8 90"))
print(re.findall(r"^(?!#).+$", "#c\nkeep\n#x\nthis", re.M))
print(re.findall(r"(a)(b)?", "ab a ab"))

# fullmatch / match / search
for s in ["2024-01-31", "2024-1-31", "x2024-01-31"]:
    print(s, bool(re.fullmatch(r"\d{4}-\d\d-\d\d", s)), bool(re.match(r"\d{4}", s)), bool(re.search(r"\d{4}", s)))
m = re.search(r"(?P<a>x)(?P<b>y)?", "zzx")
print(m, m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0), m.lastindex, m.lastgroup)
print(m.re.pattern, m.string, m.pos, m.endpos, m.expand(r"[\g<a>]"))

# escape and flags
print(re.escape("a.b*c?(d)[e]{f} g-h_i/j"))
print(re.findall("HELLO", "hello Hello HELLO", re.I))
print(re.findall(r"a.c", "a\nc abc", re.S))
print(re.compile(r"\w+", re.ASCII).findall("héllo wörld"))
print(re.compile(r"\w+").findall("héllo wörld"))
p = re.compile(r"(?i)ab+")
print(p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile(r"(?P<x>a)(?P<y>b)").groupindex)
print(repr(re.compile(r"a\d+", re.I | re.M)))
print(re.compile("ab").match("xxab", 2))
print(re.compile("ab").search("abab", 1).span())

# errors
for bad in ["(abc", "a)", "[a-", "a{2,1}", "(?P<1>x)", "*a", r"\k"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error:", bad, "->", e.msg, e.pos)
print(re.purge() is None)
print(list(re.finditer(r"\d+", "a1b23c456"))[1].group())
print(re.findall(r"(\d+)-(\d+)", "1-2 33-44"))
