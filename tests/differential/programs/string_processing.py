import re
from collections import Counter

LOG = """2024-01-05 10:15:32 INFO  [web] GET /index.html 200 512
2024-01-05 10:15:40 WARN  [web] GET /missing 404 0
2024-01-05 10:16:01 ERROR [db] connection reset by peer
2024-01-05 10:16:05 INFO  [web] POST /api/items 201 1024
2024-01-05 10:17:00 INFO  [auth] user=alice login ok
2024-01-05 10:17:30 ERROR [web] GET /api/items 500 12
2024-01-05 10:18:00 DEBUG [db] query took 12.5ms
bad line here
2024-01-05 10:19:59 INFO  [auth] user=bob login failed attempts=3
"""

LINE = re.compile(r"^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+)\s+\[(?P<src>\w+)\] (?P<msg>.*)$")
HTTP = re.compile(r"(GET|POST) (\S+) (\d{3}) (\d+)")

records, bad = [], []
for i, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(i)
        continue
    rec = m.groupdict()
    if h := HTTP.search(rec["msg"]):
        rec["method"], rec["path"], rec["status"], rec["bytes"] = h.group(1), h.group(2), int(h.group(3)), int(h.group(4))
    kv = dict(re.findall(r"(\w+)=(\w+)", rec["msg"]))
    if kv:
        rec["kv"] = kv
    records.append(rec)

print(len(records), "records; bad lines:", bad)
print(Counter(r["level"] for r in records))
print(Counter(r["src"] for r in records).most_common(1))
errors = [r for r in records if r["level"] == "ERROR"]
for r in errors:
    print(f"{r['time']} {r['src']:>5}: {r['msg']}")
http = [r for r in records if "status" in r]
print(sum(r["bytes"] for r in http), [r["path"] for r in http if r["status"] >= 400])
print([r["kv"] for r in records if "kv" in r])
by_minute = Counter(r["time"][:5] for r in records)
for minute, n in sorted(by_minute.items()):
    print(minute, "▇" * n)

text = "The rain in Spain stays mainly in the plain. In 2024, it rained 42 times!"
print(re.findall(r"\b\w*ain\w*\b", text), re.findall(r"(?i)\bin\b", text))
print(re.sub(r"(?P<w>\w+)ain", r"\g<w>AIN", text))
print(re.split(r"\W+", text)[:8], re.split(r"(\d+)", "a1b22c"), re.split(r"\s", "a b", maxsplit=1))
print(re.subn(r"\d", "#", text), re.search(r"\d+", text).group(), re.search(r"xyz", text))
print(bool(re.match(r"[A-Z]", text)), re.match(r"(\w+) (\w+)", text).groups(), re.findall(r"(\w)(\d)", "a1 b2 c3"))
m = re.search(r"(?P<num>\d+) times", text)
print(m["num"], m.group(0), m.start("num"), m.end(), m.re.pattern, m.string[:3], m.lastgroup)
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.c", "a\nc abc", re.S), re.I | re.M)
print(re.compile(r"\d+").findall("1 22 333"), re.compile(r"[aeiou]", re.IGNORECASE).sub("*", "Education"))
print(re.fullmatch(r"[\w.+-]+@\w+\.\w{2,}", "x.y+z@mail.com") is not None, re.match(r"(a)|(b)", "b").groups())
print(re.sub(r"(\d+)", lambda m: f"<{int(m[1]) ** 2}>", "3 and 12"), re.sub("a|b", "", "abcab"), re.escape("1+1=2?"))
print("%-10s|%5.2f|%+d|%05d|%s|%r|%c|%%" % ("name", 3.14159, 5, 42, None, "q", 65))
print("{:*^20}".format(" mid "), "{:,.3f}".format(1234567.891), "{!r:>8}".format("x"), "{0[1]}{1[a]}".format([1, 2], {"a": 3}))
words = "the cat sat on the mat the end".split()
print(" ".join(sorted(set(words), key=words.index)), words.count("the"), "-".join(reversed(words)))
s = "Hello, World"
print(s[::-1], s[7:], s[-5:-1], s.lower().count("l"), s.replace("l", "L", 2), s.center(20, "."), s.ljust(15, "_") + "|")
print(s.split(", "), s.encode(), len(s.encode("utf-8")), "naïve".encode("utf-8"), b"abc".decode(), bytes([72, 105]))
print("a\tb".expandtabs(4), repr("quote's"), repr('dq"'), repr("both'\""), "x".isidentifier(), "1x".isidentifier())
print(re.match(r"(\d+)-(\d+)", "abc").group(1))
