import re
from collections import Counter

LOG = """\
2024-03-01 12:00:01 INFO  [auth] user=alice action=login ip=10.0.0.5
2024-03-01 12:00:07 WARN  [db] slow query took 1532ms table=orders
2024-03-01 12:01:15 ERROR [auth] user=bob action=login ip=10.0.0.9 reason="bad password"
2024-03-01 12:02:00 INFO  [api] GET /v1/items?id=42 200 12ms
2024-03-01 12:02:03 INFO  [api] POST /v1/items 201 48ms
2024-03-01 12:03:44 ERROR [api] GET /v1/orders/7 500 230ms
malformed line here
2024-03-01 12:04:10 DEBUG [db] pool size=8 idle=3
"""

LINE = re.compile(r"""
    (?P<date>\d{4}-\d{2}-\d{2})\s+
    (?P<time>\d{2}:\d{2}:\d{2})\s+
    (?P<level>[A-Z]+)\s+
    \[(?P<comp>\w+)\]\s+
    (?P<msg>.*)
""", re.VERBOSE)
KV = re.compile(r'(\w+)=("[^"]*"|\S+)')
HTTP = re.compile(r"^(GET|POST|PUT|DELETE) (\S+) (\d{3}) (\d+)ms$")

levels = Counter()
latencies = []
for i, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        print(f"{i}: unparsed {line!r}")
        continue
    levels[m["level"]] += 1
    d = m.groupdict()
    pairs = {k: v.strip('"') for k, v in KV.findall(d["msg"])}
    h = HTTP.match(d["msg"])
    if h:
        method, path, status, ms = h.groups()
        latencies.append(int(ms))
        print(f"{i}: {method:<6}{path:<18}{status} {ms:>4}ms span={h.span(2)}")
    elif pairs:
        print(f"{i}: {d['comp']}: {sorted(pairs.items())}")
    else:
        print(f"{i}: {d['level'].lower()} {d['msg']}")

print(levels.most_common())
print("latency", sum(latencies) / len(latencies), max(latencies))

# substitutions
masked = re.sub(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b", r"\1.\2.x.x", LOG)
print(masked.splitlines()[0])
print(re.sub(r"(\d+)ms", lambda m: f"{int(m.group(1)) / 1000:.3f}s", "took 1532ms and 12ms"))
print(re.subn(r"[aeiou]", "", "regular expressions"))
print(re.split(r"(\s*[,;]\s*)", "a , b;c ;  d"))
print(re.split(r"\W+", "Hello, world! How are you?", maxsplit=2))
print(re.findall(r"(?i)\bget\b|\bpost\b", LOG))
print(re.fullmatch(r"\d+(?:\.\d+)?", "3.14") is not None, re.fullmatch(r"\d+", "3.14"))
print([m.start() for m in re.finditer(r"(?=ab)", "abababx")])
print(re.search(r"(?<=\[)\w+(?=\])", LOG).group())
m = re.search(r"(\w+)@(\w+)\.com", "mail bob@example.com now")
print(m.group(0, 1, 2), m.expand(r"\2 at \1"), m.lastindex, m.re.pattern)
print(re.escape("1+1=2? [yes]"), bool(re.match("a|b", "c")))
pat = re.compile(r"(?P<key>\w+):(?P<val>\d+)")
print([(m["key"], int(m["val"])) for m in pat.finditer("a:1 b:22 c:x d:4")])
print(pat.sub(r"\g<val>=\g<key>", "a:1 b:22"))
print(re.sub(r"^", "> ", "one\ntwo\nthree", flags=re.M))
print(re.findall(r"^\w", "one\ntwo", re.MULTILINE), re.findall(r".+", "a\nb", re.S))
