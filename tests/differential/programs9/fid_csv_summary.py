"""CSV processing: csv.reader/DictReader/DictWriter on io.StringIO with aggregation."""
import csv
import io
from collections import defaultdict
from statistics import mean

CSV_TEXT = '''date,city,temp_c,rain_mm,notes
2024-07-01,Oslo,18.5,0.0,"sunny, warm"
2024-07-01,Rome,31.2,0.0,
2024-07-02,Oslo,16.0,4.2,"light ""drizzle"""
2024-07-02,Rome,33.8,0.0,hot
2024-07-03,Oslo,14.1,12.7,"storm
with line break"
2024-07-03,Rome,29.9,1.1,
2024-07-03,Lima,15.0,0.0,winter
'''

rows = list(csv.DictReader(io.StringIO(CSV_TEXT)))
print(len(rows), list(rows[0].keys()))
for r in rows:
    print(r["date"], f"{r['city']:<5}", f"{float(r['temp_c']):5.1f}", repr(r["notes"]))

by_city = defaultdict(list)
for r in rows:
    by_city[r["city"]].append(r)

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["city", "days", "avg_temp", "total_rain", "wettest"], lineterminator="\n")
writer.writeheader()
for city in sorted(by_city):
    rs = by_city[city]
    wettest = max(rs, key=lambda r: float(r["rain_mm"]))
    writer.writerow({
        "city": city,
        "days": len(rs),
        "avg_temp": round(mean(float(r["temp_c"]) for r in rs), 2),
        "total_rain": sum(float(r["rain_mm"]) for r in rs),
        "wettest": wettest["date"] if float(wettest["rain_mm"]) else "",
    })
print(out.getvalue())

raw = list(csv.reader(io.StringIO(CSV_TEXT)))
print(raw[0], raw[5], len(raw))
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["plain", "with,comma", 'with "quote"', "multi\nline", 3, 4.5, None, ""])
w.writerows([[1, 2], ["a b", " lead"]])
print(repr(buf.getvalue()))
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(["x", 1, 2.0])
w = csv.writer(buf, delimiter="\t", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["x", 1, 2.0])
print(buf.getvalue(), end="")
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(['1, 2,  3'], skipinitialspace=True)))
table = [r for r in csv.reader(io.StringIO("name|score\nann|10\nbob|7\n"), delimiter="|")]
header, *body = table
print(header, sorted(body, key=lambda r: int(r[1])))
reader = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="extra", restval="?")
print([dict(r) for r in reader])
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
