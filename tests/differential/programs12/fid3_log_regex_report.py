import re
from collections import Counter, defaultdict

LOG = """\
2024-03-01 08:15:02 INFO  [auth] user=alice ip=10.0.0.5 action=login ok
2024-03-01 08:15:09 WARN  [auth] user=bob ip=10.0.0.7 action=login failed attempts=3
2024-03-01 08:16:44 INFO  [shop] user=alice ip=10.0.0.5 action=buy item=BK-1042 price=12.99
2024-03-01 08:17:01 ERROR [shop] user=carol ip=192.168.1.20 action=buy item=EL-7 price=499.00 reason="card declined"
2024-03-01 08:20:33 INFO  [auth] user=bob ip=10.0.0.7 action=login ok
2024-03-01 08:21:10 DEBUG [cache] hit ratio=0.93 size=1024
2024-03-01 09:02:57 INFO  [shop] user=bob ip=10.0.0.7 action=buy item=BK-2001 price=7.50
2024-03-01 09:05:12 ERROR [db] timeout after 30s query="SELECT * FROM orders"
2024-03-01 09:06:00 INFO  [auth] user=carol ip=192.168.1.20 action=logout
"""

LINE = re.compile(
    r"""^(?P<date>\d{4}-\d\d-\d\d)\s
        (?P<time>(?P<hh>\d\d):\d\d:\d\d)\s
        (?P<level>[A-Z]+)\s+
        \[(?P<comp>\w+)\]\s
        (?P<rest>.*)$""",
    re.VERBOSE | re.MULTILINE,
)
KV = re.compile(r'(\w+)=("[^"]*"|\S+)')

levels = Counter()
per_hour = defaultdict(Counter)
purchases = []
for m in LINE.finditer(LOG):
    levels[m["level"]] += 1
    per_hour[m.group("hh")][m.group("comp")] += 1
    kv = {k: v.strip('"') for k, v in KV.findall(m["rest"])}
    if kv.get("action") == "buy":
        purchases.append((m["time"], kv["user"], kv["item"], float(kv["price"]), m["level"]))
    if m["level"] == "ERROR":
        print("ERR", m.start(), m.span("comp"), m.groupdict()["rest"][:30])

print(levels.most_common())
for hh in sorted(per_hour):
    print(hh, sorted(per_hour[hh].items()))
for p in purchases:
    print("{0} {1:<6} {2:>8} {3:8.2f} {4}".format(*p))

ips = re.findall(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", LOG)
print(Counter(ips).most_common(2))
print(re.findall(r"(?<=user=)\w+(?= ip=10\.)", LOG))
print(re.findall(r"(?<!\d)\d{2}\.\d{2}(?!\d)", LOG))


def mask(m):
    ip = m.group(0).split(".")
    return ".".join(ip[:2] + ["x", "x"])


print(re.sub(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", mask, LOG.splitlines()[3]))
print(re.sub(r"(?P<k>user)=(?P<v>\w+)", r"\g<k>:<\g<v>>", LOG.splitlines()[0]))
print(re.sub(r"price=(\d+)\.(\d+)", lambda m: f"cents={int(m[1]) * 100 + int(m[2])}", LOG.splitlines()[2]))
print(re.subn(r"\s+", " ", "a   b\t\tc \n d"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"x", "axbxc", maxsplit=1))
print(re.fullmatch(r"[A-Z]{2}-\d+", "BK-1042") is not None, re.fullmatch(r"[A-Z]{2}-\d+", "BK-1042x"))
m = re.search(r"(?i)error\s+\[(\w+)\]", LOG)
print(m.group(1), m.span(), m.re.pattern[:10], m.string is LOG)
print(re.findall(r"^\S+ \S+ (WARN|ERROR)", LOG, flags=re.M))
pat = re.compile(r"(\w+)@(\w+)\.com")
print(pat.sub(r"\2 at \1", "mail alice@example.com and bob@test.com"))
print(pat.groups, pat.flags & re.IGNORECASE, re.escape("a.b*c?"))
print([m.groups() for m in pat.finditer("x@y.com z@w.com")])
print(re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups("-"))
print(re.sub(r"(?m)^", "> ", "one\ntwo\nthree"))
print(re.findall(r"\bt\w*", "the tall tree; Trees", re.IGNORECASE))
