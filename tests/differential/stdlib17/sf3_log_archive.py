"""A realistic script: rotate log lines into an in-memory zip archive per day (zipfile, re, datetime, collections, io, csv, json), then audit the archive."""
import collections
import csv
import io
import json
import re
import zipfile
from datetime import datetime, timedelta

LINE = re.compile(r"(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (?P<level>[A-Z]+) +\[(?P<mod>[\w.]+)\] (?P<msg>.*)")
start = datetime(2024, 2, 27, 22, 0, 0)
levels = ["INFO", "DEBUG", "WARNING", "ERROR", "INFO", "INFO"]
mods = ["app.web", "app.db", "app.auth", "worker"]
lines = []
for i in range(60):
    ts = start + timedelta(minutes=47 * i)
    level = levels[(i * 7) % len(levels)]
    mod = mods[(i * 3) % len(mods)]
    msg = f"request {i} took {(i * 37) % 500} ms" if mod == "app.web" else f"event #{i:03d} user=u{i % 5}"
    lines.append(f"{ts:%Y-%m-%d %H:%M:%S} {level:<7} [{mod}] {msg}")
lines.insert(10, "garbage line without structure")

by_day = collections.defaultdict(list)
rejects = []
for line in lines:
    m = LINE.match(line)
    if not m:
        rejects.append(line)
        continue
    ts = datetime.strptime(m["ts"], "%Y-%m-%d %H:%M:%S")
    by_day[ts.date()].append((ts, m["level"], m["mod"], m["msg"]))

archive = io.BytesIO()
manifest = {}
with zipfile.ZipFile(archive, "w") as zf:
    for day in sorted(by_day):
        entries = by_day[day]
        text = "\n".join(f"{ts:%H:%M:%S} {lvl} {mod} {msg}" for ts, lvl, mod, msg in entries) + "\n"
        name = f"logs/{day:%Y/%m}/{day.isoformat()}.log"
        zi = zipfile.ZipInfo(name, date_time=(day.year, day.month, day.day, 23, 59, 58))
        zi.comment = f"{len(entries)} lines".encode()
        zf.writestr(zi, text)
        counts = collections.Counter(lvl for _, lvl, _, _ in entries)
        manifest[day.isoformat()] = {"file": name, "lines": len(entries), "levels": dict(sorted(counts.items())), "first": entries[0][0].strftime("%H:%M"), "last": entries[-1][0].strftime("%H:%M")}
    summary = io.StringIO()
    w = csv.writer(summary, lineterminator="\n")
    w.writerow(["day", "lines", "errors", "warnings"])
    for day, info in manifest.items():
        w.writerow([day, info["lines"], info["levels"].get("ERROR", 0), info["levels"].get("WARNING", 0)])
    zf.writestr(zipfile.ZipInfo("summary.csv", date_time=(2024, 3, 2, 0, 0, 0)), summary.getvalue())
    zf.writestr(zipfile.ZipInfo("manifest.json", date_time=(2024, 3, 2, 0, 0, 0)), json.dumps(manifest, indent=1))
    zf.writestr(zipfile.ZipInfo("rejects.txt", date_time=(2024, 3, 2, 0, 0, 0)), "\n".join(rejects))

print("archive bytes:", len(archive.getvalue()), "rejects:", rejects)
with zipfile.ZipFile(archive) as zf:
    names = zf.namelist()
    print(names)
    for zi in zf.infolist():
        print(f"{zi.filename:32} {zi.file_size:5} {zi.date_time} {zi.comment.decode() or '-'} {zi.CRC:08x}")
    man = json.loads(zf.read("manifest.json"))
    print(json.dumps(man["2024-02-28"], sort_keys=True))
    rows = list(csv.DictReader(io.StringIO(zf.read("summary.csv").decode())))
    print(rows)
    total = 0
    slow = []
    for name in names:
        if not name.endswith(".log"):
            continue
        with zf.open(name) as f:
            for raw in io.TextIOWrapper(f, encoding="utf-8"):
                total += 1
                m = re.search(r"took (\d+) ms", raw)
                if m and int(m.group(1)) > 300:
                    slow.append((name.rsplit("/", 1)[1], raw.split()[0], int(m.group(1))))
    print(total, sum(v["lines"] for v in man.values()), slow)
    users = collections.Counter(re.findall(r"user=(u\d)", "".join(zf.read(n).decode() for n in names if n.endswith(".log"))))
    print(sorted(users.items()), users.most_common(2))
    busiest = max(man.items(), key=lambda kv: (kv[1]["lines"], kv[0]))
    print("busiest:", busiest[0], busiest[1]["lines"], "errors per day:", {d: v["levels"].get("ERROR", 0) for d, v in man.items()})
