import csv
import io
from collections import Counter, defaultdict
from operator import itemgetter, attrgetter

RAW = """id,name,dept,salary,start
1, Alice Smith ,Engineering,85000,2019-03-01
2,bob jones,engineering,72000,2020-11-15
3,Carol White,Sales,,2018-06-30
4,DAVE BROWN,Sales,61000.50,2021-01-04
5,Eve Black,Marketing,58000,not-a-date
6,"Frank, Jr.",Engineering,91000,2017-09-12
7,Grace Lee,marketing,63000,2022-02-28
"""

reader = csv.DictReader(io.StringIO(RAW))
rows = list(reader)
print(reader.fieldnames, len(rows))
print(rows[5])

clean = []
problems = []
for r in rows:
    rec = {k: v.strip() for k, v in r.items()}
    rec["name"] = " ".join(p.capitalize() for p in rec["name"].split())
    rec["dept"] = rec["dept"].title()
    try:
        rec["salary"] = float(rec["salary"]) if "." in rec["salary"] else int(rec["salary"])
    except ValueError:
        problems.append((rec["id"], "salary", rec["salary"]))
        rec["salary"] = None
    y, _, rest = rec["start"].partition("-")
    if not y.isdigit():
        problems.append((rec["id"], "start", rec["start"]))
        rec["start"] = None
    else:
        rec["start"] = tuple(int(x) for x in rec["start"].split("-"))
    rec["id"] = int(rec["id"])
    clean.append(rec)

for rec in clean:
    print(rec)
print("problems:", problems)

by_dept = defaultdict(list)
for rec in clean:
    by_dept[rec["dept"]].append(rec)
print(f"{'dept':<12} {'n':>2} {'avg':>10} {'max':>10}")
for dept in sorted(by_dept):
    sal = [r["salary"] for r in by_dept[dept] if r["salary"] is not None]
    avg = sum(sal) / len(sal) if sal else float("nan")
    print(f"{dept:<12} {len(by_dept[dept]):>2} {avg:>10.2f} {max(sal, default=0):>10}")

print(sorted(clean, key=itemgetter("dept", "id"))[0]["name"])
print([r["name"] for r in sorted(clean, key=lambda r: (r["start"] is None, r["start"] or ()))])
print(Counter(r["dept"] for r in clean).most_common())
get = itemgetter(1, 0)
print(get(["a", "b", "c"]), itemgetter(slice(1, 3))("abcd"))

out = io.StringIO()
w = csv.writer(out)
w.writerow(["id", "name", "note"])
for rec in clean[:4]:
    w.writerow([rec["id"], rec["name"], 'has "quotes", commas' if rec["id"] == 2 else None])
print(out.getvalue(), end="")
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["id", "dept"], extrasaction="ignore", lineterminator="\n")
dw.writeheader()
dw.writerows(clean[:3])
print(out2.getvalue())
for row in csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'"):
    print(row)


class Emp:
    def __init__(self, name, dept):
        self.name, self.dept = name, dept
    def __repr__(self):
        return f"Emp({self.name})"


emps = [Emp(r["name"], r["dept"]) for r in clean]
print(sorted(emps, key=attrgetter("dept", "name")))
matrix = [[r["id"], r["salary"]] for r in clean]
print(matrix)
print(list(zip(*matrix))[1])
text = io.StringIO("line one\nline two\n\nline four")
for n, line in enumerate(text, 1):
    print(n, repr(line))
buf = io.StringIO()
print("to buffer", 42, sep="|", file=buf)
buf.write("more\n")
print(repr(buf.getvalue()))
print(sum(r["salary"] for r in clean))
